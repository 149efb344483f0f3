import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { Factory } from '@/lib/data/schema';
import type { TimelineEvent, TimelineModel } from '@/lib/views/timeline';
import { useFormats } from '@/components/site/use-formats';
import { useLocalePath } from '@/components/site/use-locale-path';
import { seriesColor } from './series-color';
import { Legend } from './legend';
import { useChartWords } from './use-chart-words';
import styles from './timeline-list.module.css';

const KIND_KEY: Record<TimelineEvent['kind'], string> = {
  selected: 'kindSelected',
  antennas: 'kindAntennas',
  operational: 'kindOperational',
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

/** Selection dates and announced starts of operation, oldest first, by year; the list itself is the chart's table. */
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
      <Legend items={words.legend(model.legend).map((item) => ({ ...item, shape: 'dot' }))} />
      <div className={styles.years} data-testid="timeline">
        {model.years.map(({ year, events }) => (
          <section key={year} className={styles.year} aria-label={year}>
            <Year className={styles.yearLabel}>{year}</Year>
            <ol className={styles.events}>
              {events.map((e) => (
                <li key={e.key} className={styles.event} style={{ ['--dot' as string]: seriesColor(e.kind) }}>
                  <time dateTime={e.date} className={styles.date}>
                    {e.date.length === 4 ? t('noMonth', { year }) : fmt.date(e.date)}
                  </time>
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
