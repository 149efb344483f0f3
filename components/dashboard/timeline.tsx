'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { timeline, type TimelineEvent } from '@/lib/timeline';
import { timelineTakeaway } from '@/lib/takeaways';
import { useDashboard } from './dashboard-context';
import { useFormats } from '@/components/site/use-formats';
import { useLocalePath } from '@/components/site/use-locale-path';
import { Legend } from '@/components/charts/legend';
import { SectionFrame } from './section-frame';
import styles from './timeline.module.css';

const KIND_KEY: Record<TimelineEvent['kind'], string> = {
  selected: 'kindSelected',
  antennas: 'kindAntennas',
  operational: 'kindOperational',
};

/** Selection dates and announced starts of operation, oldest first; the list itself is the chart's table. */
export function Timeline({ source }: { source: string }) {
  const { data, factories, antennas } = useDashboard();
  const t = useTranslations('timeline');
  const takeaways = useTranslations('takeaways');
  const fmt = useFormats();
  const href = useLocalePath();
  const eventText = (e: TimelineEvent) =>
    e.kind === 'selected'
      ? t('eventSelected', { wave: e.wave ?? '' })
      : e.kind === 'antennas'
        ? t('eventAntennas', { count: e.count ?? 0 })
        : t('eventOperational', { machine: e.machine ?? '' });
  const events = timeline(factories, data.waves, antennas);
  const name = new Map(data.factories.map((f) => [f.id, f.name]));
  const years = [...new Set(events.map((e) => e.date.slice(0, 4)))];
  const unknown = factories.filter((f) => !f.supercomputer.operationalFrom);

  return (
    <SectionFrame id="timeline" title={t('title')} takeaway={timelineTakeaway(events, { t: takeaways, fmt })} source={source}>
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
            <h3 className={styles.yearLabel}>{year}</h3>
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
                            <Link href={href(`/factories/${id}`)} prefetch={false}>{name.get(id)}</Link>
                          </span>
                        ))}
                      </span>
                    )}
                    {e.kind === 'operational' && (
                      <span className={styles.members}>
                        <Link href={href(`/factories/${e.factoryIds[0]}`)} prefetch={false}>{name.get(e.factoryIds[0]!)}</Link>
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
    </SectionFrame>
  );
}
