import { pageIntl } from '@/i18n/server';
import { fullStop } from '@/lib/i18n/full-stop';
import type { PageLocale } from '@/lib/i18n/locales';
import type { Gigafactories } from '@/lib/data/schema';
import { SourceTitle } from '@/components/site/source-title';
import { GigafactoryLine } from '../gigafactory-line';
import styles from './about.module.css';

/**
 * Where the AI Gigafactories stand: the present state in one sentence in the page's language, then each dated step
 * with its source. The note and the steps are the site's own summaries: the `gigafactories` messages word them in
 * each language (i18n/messages.test.ts holds the English copy to the data's); a step the messages do not know yet
 * (or whose text differs from the messages' English copy) shows the data's English, marked as such.
 */
export async function GigafactoryStatus({ locale, gigafactories }: { locale: PageLocale; gigafactories: Gigafactories }) {
  const { t, fmt } = await pageIntl(locale, 'about');
  const words = await pageIntl(locale, 'gigafactories');
  // A message words this step only if its English copy is the data's text: another data file (FACTORIES_DATA) with a
  // step on the same date shows its own words, not ours.
  const english = await pageIntl('en', 'gigafactories');
  const own = (key: string, text: string) =>
    words.t.has(key) && english.t(key) === text ? <>{words.t(key)}</> : <span lang="en">{text}</span>;
  const events = [...gigafactories.events].sort((a, b) => a.date.localeCompare(b.date));
  const latest = events.at(-1);
  return (
    <>
      <p>
        {t('gigaIntro')}{' '}
        <strong>
          <GigafactoryLine locale={locale} status={gigafactories.status} />
        </strong>{' '}
        {gigafactories.note && own('note', gigafactories.note)}
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
            <time dateTime={e.date}>{fmt.date(e.date)}</time> {own(`event_${e.date}`, e.summary)}{' '}
            <a href={e.source.url} rel="noopener noreferrer">
              <SourceTitle source={e.source} />
            </a>
          </li>
        ))}
      </ol>
    </>
  );
}
