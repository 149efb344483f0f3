import Link from 'next/link';
import { changesNewestFirst } from '@/lib/atom';
import { formatDate } from '@/lib/format';
import type { Change } from '@/lib/schema';
import styles from './about.module.css';

/** The data's change log, newest first, each change with the records it touches and its source. */
export function ChangesList({ changes, factoryIds }: { changes: readonly Change[]; factoryIds: ReadonlySet<string> }) {
  return (
    <ol className={styles.changes}>
      {changesNewestFirst(changes).map((c) => (
        <li key={`${c.date}:${c.ids.join(',')}`}>
          <time dateTime={c.date}>{formatDate(c.date)}</time> {c.summary}{' '}
          <span className="muted">
            (
            {c.ids.filter((id) => factoryIds.has(id)).map((id, i) => (
              <span key={id}>
                {i > 0 && ', '}
                <Link href={`/factories/${id}`} prefetch={false}>
                  {id}
                </Link>
              </span>
            ))}
            {c.ids.some((id) => factoryIds.has(id)) && c.ids.some((id) => !factoryIds.has(id)) && ', '}
            {c.ids.filter((id) => !factoryIds.has(id)).join(', ')};{' '}
            <a href={c.source} rel="noopener noreferrer">
              source
            </a>
            )
          </span>
        </li>
      ))}
    </ol>
  );
}
