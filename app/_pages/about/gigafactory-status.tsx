import { pageIntl } from '@/i18n/server';
import { fullStop } from '@/lib/i18n/full-stop';
import type { PageLocale } from '@/lib/i18n/locales';
import type { Gigafactories } from '@/lib/data/schema';
import { GigafactoryLine } from '../gigafactory-line';
import styles from './about.module.css';

/**
 * Where the AI Gigafactories stand: the present state in one sentence in the page's language, then each dated step
 * with its source. The note and summaries are the data's own words, in English as the sources give them.
 */
export async function GigafactoryStatus({ locale, gigafactories }: { locale: PageLocale; gigafactories: Gigafactories }) {
  const { t, fmt } = await pageIntl(locale, 'about');
  const events = [...gigafactories.events].sort((a, b) => a.date.localeCompare(b.date));
  const latest = events.at(-1);
  return (
    <>
      <p>
        {t('gigaIntro')}{' '}
        <strong>
          <GigafactoryLine locale={locale} status={gigafactories.status} />
        </strong>{' '}
        {gigafactories.note && <span lang="en">{gigafactories.note}</span>}
        {latest && (
          <>
            {' '}
            {t('gigaLatest')} <time dateTime={latest.date}>{fmt.date(latest.date)}</time>
            {fullStop(fmt.date(latest.date))}
          </>
        )}
      </p>
      <ol className={styles.events}>
        {events.map((e) => (
          <li key={e.date}>
            <time dateTime={e.date}>{fmt.date(e.date)}</time> <span lang="en">{e.summary}</span>{' '}
            <a href={e.source.url} rel="noopener noreferrer" lang={e.source.lang ?? 'en'}>
              {e.source.title}
            </a>
          </li>
        ))}
      </ol>
    </>
  );
}
