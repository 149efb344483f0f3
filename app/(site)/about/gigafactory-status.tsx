import { formatDate } from '@/lib/format';
import type { Gigafactories } from '@/lib/schema';
import styles from './about.module.css';

/** Where the AI Gigafactories stand: the present state in one sentence, then each dated step with its source. */
export function GigafactoryStatus({ gigafactories }: { gigafactories: Gigafactories }) {
  const events = [...gigafactories.events].sort((a, b) => a.date.localeCompare(b.date));
  const latest = events.at(-1);
  return (
    <>
      <p>
        AI Gigafactories are much larger sites than the AI Factories, for training the largest AI models. They are not
        part of this dataset. <strong>{gigafactories.status}</strong> {gigafactories.note}
        {latest && (
          <>
            {' '}
            Latest source: <time dateTime={latest.date}>{formatDate(latest.date)}</time>.
          </>
        )}
      </p>
      <ol className={styles.events}>
        {events.map((e) => (
          <li key={e.date}>
            <time dateTime={e.date}>{formatDate(e.date)}</time> {e.summary}{' '}
            <a href={e.source.url} rel="noopener noreferrer">
              {e.source.title}
            </a>
          </li>
        ))}
      </ol>
    </>
  );
}
