import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useFormats } from '@/components/site/use-formats';
import { useLocalePath } from '@/components/site/use-locale-path';
import type { TimelineEvent } from '@/lib/views/timeline';
import type { Factory } from '@/lib/data/schema';
import { Legend } from './legend';
import styles from './timeline-list.module.css';

const KIND_KEY: Record<TimelineEvent['kind'], string> = {
  selected: 'kindSelected',
  antennas: 'kindAntennas',
  operational: 'kindOperational',
};

/** Selection dates and announced starts of operation, oldest first, by year; the list itself is the chart's table. */
interface Props {
  events: readonly TimelineEvent[];
  factories: readonly Factory[];
  names: ReadonlyMap<string, string>;
  /** The years' heading level: under the section's h2 on the dashboard, under the page's h1 in an embed. */
  yearHeading?: 'h2' | 'h3';
}

export function TimelineList({ events, factories, names, yearHeading: Year = 'h3' }: Props) {
  const t = useTranslations('timeline');
  const fmt = useFormats();
  const href = useLocalePath();
  const eventText = (e: TimelineEvent) =>
    e.kind === 'selected'
      ? t('eventSelected', { wave: e.wave ?? '' })
      : e.kind === 'antennas'
        ? t('eventAntennas', { count: e.count ?? 0 })
        : t('eventOperational', { machine: e.machine ?? '' });
  const years = [...new Set(events.map((e) => e.date.slice(0, 4)))];
  const unknown = factories.filter((f) => !f.supercomputer.operationalFrom);
  return (
    <>
      <Legend
        items={[
          { label: t('legendSelected'), color: 'var(--c-host)', shape: 'dot' },
          { label: t('legendAntennas'), color: 'var(--c-antenna)', shape: 'dot' },
          { label: t('legendOperational'), color: 'var(--c-operational)', shape: 'dot' },
        ]}
      />
      <div className={styles.years} data-testid="timeline">
        {years.map((year) => (
          <section key={year} className={styles.year} aria-label={year}>
            <Year className={styles.yearLabel}>{year}</Year>
            <ol className={styles.events}>
              {events
                .filter((e) => e.date.startsWith(year))
                .map((e) => (
                  <li key={`${e.kind}-${e.date}-${e.label}`} className={`${styles.event} ${styles[e.kind]}`}>
                    <time dateTime={e.date} className={styles.date}>
                      {e.date.length === 4 ? t('noMonth', { year }) : fmt.date(e.date)}
                    </time>
                    <span className={styles.kind}>{t(KIND_KEY[e.kind])}</span>
                    <span className={styles.label}>{eventText(e)}</span>
                    {e.kind === 'selected' && (
                      <span className={styles.members}>
                        {e.factoryIds.map((id, i) => (
                          <span key={id}>
                            {i > 0 && ', '}
                            <Link href={href(`/factories/${id}`)} prefetch={false}>{names.get(id)}</Link>
                          </span>
                        ))}
                      </span>
                    )}
                    {e.kind === 'operational' && (
                      <span className={styles.members}>
                        <Link href={href(`/factories/${e.factoryIds[0]}`)} prefetch={false}>{names.get(e.factoryIds[0]!)}</Link>
                      </span>
                    )}
                  </li>
                ))}
            </ol>
          </section>
        ))}
      </div>
      {unknown.length > 0 && (
        <p className={styles.unknown}>
          {t('unknown', { count: unknown.length, total: factories.length })}{' '}
          {unknown.map((f, i) => (
            <span key={f.id}>
              {i > 0 && ', '}
              <Link href={href(`/factories/${f.id}`)} prefetch={false}>{f.name}</Link>
            </span>
          ))}
          .
        </p>
      )}
    </>
  );
}
