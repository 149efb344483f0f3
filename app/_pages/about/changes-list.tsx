import Link from 'next/link';
import { pageIntl } from '@/i18n/server';
import { changesNewestFirst } from '@/lib/export/atom';
import { localePath, type PageLocale } from '@/lib/i18n/locales';
import type { Change } from '@/lib/data/schema';
import styles from './about.module.css';

/**
 * The data's change log, newest first, each change with the records it touches and its source. The summaries are
 * the data's own words (English in every language, like the notes), marked as such for screen readers.
 */
export async function ChangesList({ locale, changes, factoryIds }: { locale: PageLocale; changes: readonly Change[]; factoryIds: ReadonlySet<string> }) {
  const { t, fmt } = await pageIntl(locale, 'about');
  return (
    <ol className={styles.changes}>
      {changesNewestFirst(changes).map((c) => (
        <li key={`${c.date}:${c.ids.join(',')}`}>
          <time dateTime={c.date}>{fmt.date(c.date)}</time> <span lang="en">{c.summary}</span>{' '}
          <span className="muted">
            (
            {c.ids.filter((id) => factoryIds.has(id)).map((id, i) => (
              <span key={id}>
                {i > 0 && ', '}
                <Link href={localePath(locale, `/factories/${id}`)} prefetch={false}>
                  {id}
                </Link>
              </span>
            ))}
            {c.ids.some((id) => factoryIds.has(id)) && c.ids.some((id) => !factoryIds.has(id)) && ', '}
            {c.ids.filter((id) => !factoryIds.has(id)).join(', ')};{' '}
            <a href={c.source} rel="noopener noreferrer">
              {t('source')}
            </a>
            )
          </span>
        </li>
      ))}
    </ol>
  );
}
