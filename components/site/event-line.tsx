import type { DatedEvent } from '@/lib/data/events';
import type { Formats } from '@/lib/i18n/format';
import styles from './event-line.module.css';

type Translate = (key: string, values?: Record<string, string>) => string;

/**
 * One dated step as the page says it: "5 September 2025, reported", "planned for 2027", or, once the planned date
 * has passed without a report, "planned for 2026; not reported as of 4 December 2026" marked overdue.
 */
export function EventLine({ event, t, fmt }: { event: DatedEvent; t: Translate; fmt: Formats }) {
  const date = fmt.date(event.date);
  const state = event.status === 'reported' ? 'reported' : event.overdue ? 'overdue' : 'planned';
  const line =
    state === 'reported'
      ? t('reportedLine', { date })
      : state === 'overdue'
        ? t('overdueLine', { date, checked: fmt.date(event.checkedOn) })
        : t('plannedLine', { date });
  return (
    <span className={styles.event} data-status={state} data-kind={event.kind}>
      <time dateTime={event.date}>{line}</time>
      {state === 'overdue' && <span className={styles.overdue}>{t('overdue')}</span>}
    </span>
  );
}
