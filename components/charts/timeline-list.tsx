import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { Factory } from '@/lib/data/schema';
import { eventSeries, type TimelineEvent, type TimelineModel } from '@/lib/views/timeline';
import { useFormats } from '@/components/words/use-formats';
import { useLocalePath } from '@/components/words/use-locale-path';
import { seriesColor } from './series-color';
import { Legend } from './legend';
import { useChartWords } from '@/components/words/use-chart-words';
import styles from './timeline-list.module.css';

const KIND_KEY: Record<TimelineEvent['kind'], string> = {
  selected: 'kindSelected',
  antennas: 'kindAntennas',
  launch: 'kindLaunch',
  operation: 'kindOperational',
};

interface Props {
  model: TimelineModel;
  /** Every factory of the dataset, for the names of those an event links to. */
  factories: readonly Pick<Factory, 'id' | 'name'>[];
  /** Words the model's note in the page's language. */
  say: (message: TimelineModel['takeaway'][number]) => string;
  /** The years' heading level: under the section's h2 on the dashboard, under the page's h1 in an embed. */
  yearHeading?: 'h2' | 'h3';
}

/**
 * Selections, antenna announcements and the factories' steps, oldest first, by year; the list itself is the chart's
 * table. A reported step is a filled dot; a planned one a hollow ring with the word "planned"; an overdue one a
 * broken ring with the day it was last found unreported: shape and words, never colour alone.
 */
export function TimelineList({ model, factories, say, yearHeading: Year = 'h3' }: Props) {
  const t = useTranslations('timeline');
  const fmt = useFormats();
  const href = useLocalePath();
  const words = useChartWords();
  const names = new Map(factories.map((f) => [f.id, f.name]));
  const links = (ids: readonly string[]) =>
    ids.map((id, i) => (
      <span key={id}>
        {i > 0 && ', '}
        <Link href={href(`/factories/${id}`)} prefetch={false}>{names.get(id)}</Link>
      </span>
    ));
  return (
    <>
      <Legend
        items={words.timelineLegend(model)}
      />
      <div className={styles.years} data-testid="timeline">
        {model.years.map(({ year, events }) => (
          <section key={year} className={styles.year} aria-label={year}>
            <Year className={styles.yearLabel}>{year}</Year>
            <ol className={styles.events}>
              {events.map((e) => (
                <li
                  key={e.key}
                  className={styles.event}
                  data-status={e.status ?? 'reported'}
                  style={{ ['--dot' as string]: seriesColor(eventSeries(e)) }}
                >
                  <time dateTime={e.date} className={styles.date}>
                    {e.date.length === 4 ? t('noMonth', { year }) : fmt.date(e.date)}
                  </time>
                  {e.status === 'planned' && <span className={styles.status}>{t('planned')}</span>}
                  {e.status === 'overdue' && (
                    <span className={styles.status}>{t('overdue', { date: fmt.date(e.checkedOn!) })}</span>
                  )}
                  <span className={styles.kind}>{t(KIND_KEY[e.kind])}</span>
                  <span className={styles.label}>{say(e.text)}</span>
                  {e.kind !== 'antennas' && <span className={styles.members}>{links(e.factoryIds)}</span>}
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
      {model.undated && (
        <p className={styles.unknown}>
          {say(model.undated.note)} {links(model.undated.factories.map((f) => f.id))}.
        </p>
      )}
    </>
  );
}
