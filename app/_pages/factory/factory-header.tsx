import Link from 'next/link';
import type { FactoryModel } from '@/lib/views/factory';
import { CitedRefs } from './cited-refs';
import type { FactoryWords } from './factory-words';
import styles from './factory.module.css';

/** The official link's words: the factory's own site, or what else the link is. */
const URL_LABEL = { factory: 'official', host: 'linkHost', government: 'linkGovernment', news: 'linkNews' } as const;

/** The way back to the dashboard (all, and its wave), the name, a stale record's warning, the lede, the official site. */

export function FactoryHeader({ model, asOf, words }: { model: FactoryModel; asOf: string; words: FactoryWords }) {
  const { factory } = model;
  const { t, status, common, fmt, href } = words;
  const waveLabel = common('wave', { wave: factory.wave });
  return (
    <>
      <p className={styles.crumbs}>
        <Link href={href('/')} prefetch={false}>{t('dashboard')}</Link> /{' '}
        <Link href={href(model.waveHref)} prefetch={false}>{waveLabel}</Link>
      </p>
      <header className={styles.header}>
        <h1>{factory.name}</h1>
        {model.stale && (
          <p className={styles.stale} role="note" data-testid="stale">
            {status('stale', { date: fmt.date(factory.checkedOn), asOf: fmt.date(asOf) })}
          </p>
        )}
        <p className={styles.lede}>
          {factory.acronym && factory.acronym !== factory.name ? <>{factory.acronym} · </> : null}
          {t('lede', { host: factory.host, city: factory.city, country: fmt.countryName(factory.country) })}{' '}
          <time dateTime={factory.selectedOn}>{fmt.date(factory.selectedOn)}</time>
          <CitedRefs citation={model.cited.selectedOn} words={words} />
          {model.waveKnown ? ` (${waveLabel})` : ''}.
        </p>
        <p>
          <a href={factory.url} rel="noopener noreferrer" data-url-kind={factory.urlKind}>
            {t(URL_LABEL[factory.urlKind])}
          </a>
        </p>
      </header>
    </>
  );
}
