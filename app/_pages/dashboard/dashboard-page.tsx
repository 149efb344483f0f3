import Link from 'next/link';
import { FigureProviders } from '@/components/state/figure-providers';
import { FilterBar } from '@/components/dashboard/filter-bar';
import { KpiStrip } from '@/components/dashboard/kpi-strip';
import { TimeControl } from '@/components/site/time-control';
import { DASHBOARD_SECTIONS } from '@/components/dashboard/sections';
import { FIGURE_IDS, figureNamespaces, SECTION_IDS } from '@/lib/figures/registry';
import { Fragment } from 'react';
import { DashboardPrintLine } from '@/components/dashboard/dashboard-print-line';
import { pageIntl } from '@/i18n/server';
import { browserDataset } from '@/lib/data/browser-dataset';
import { localePath, type PageLocale } from '@/lib/i18n/locales';
import { oembedAlternate } from '@/lib/url/oembed';
import { GigafactoryLine } from '../gigafactory-line';
import { localizedDataset } from '../localized-dataset';
import { siteMap } from '../site-map';
import { pageMetadata } from '../page-metadata';
import styles from './page.module.css';

/** What the dashboard's islands say, in one language: nothing of the other pages, nothing of other languages. */
const CLIENT_NAMESPACES = figureNamespaces(FIGURE_IDS, ['filters', 'embed', 'print', 'time']);

export async function dashboardMetadata(locale: PageLocale) {
  const metadata = await pageMetadata(locale, '/', {});
  const { t } = await pageIntl(locale, 'embed');
  // oEmbed discovery: the dashboard's address pasted into an editor becomes its main view, the key figures.
  return { ...metadata, alternates: { ...metadata.alternates, types: oembedAlternate('kpis', locale, t('title_kpis')) } };
}

export async function DashboardPage({ locale }: { locale: PageLocale }) {
  const { t, fmt } = await pageIntl(locale, 'dashboard');
  const data = await localizedDataset(locale);
  const map = await siteMap(locale, data);
  const asOf = fmt.date(data.asOf);
  const source = (what: string) => t('source', { what: t(what), date: asOf });

  const latestGiga = data.gigafactories.events.map((e) => e.date).sort().at(-1) ?? data.asOf;
  return (
    <FigureProviders locale={locale} namespaces={CLIENT_NAMESPACES} data={browserDataset(data)}>
      <div className="page">
        <header className={styles.intro}>
          <p className={styles.kicker}>{t('kicker')}</p>
          <h1>{t('title')}</h1>
          <p className={styles.lede}>{t('lede')}</p>
          <p className={styles.asOf}>
            {t('asOf')} <time dateTime={data.asOf}>{asOf}</time> ·{' '}
            <Link href={localePath(locale, '/about')} prefetch={false}>{t('method')}</Link> ·{' '}
            <Link href={localePath(locale, '/find')} prefetch={false} className={styles.finder}>
              {t('finder')}
            </Link>
          </p>
          <p className={styles.giga}>
            {t('gigafactories')} <GigafactoryLine locale={locale} status={data.gigafactories.status} /> {t('gigaLatest')}{' '}
            <time dateTime={latestGiga}>{fmt.date(latestGiga)}</time> ·{' '}
            <Link href={localePath(locale, '/about#gigafactories')} prefetch={false}>{t('gigaWhere')}</Link>
          </p>
        </header>
        <KpiStrip sayFiltered />
        <TimeControl />
        <FilterBar />
        {SECTION_IDS.map((id) => (
          <Fragment key={id}>{DASHBOARD_SECTIONS[id]({ map, source, t })}</Fragment>
        ))}
        <DashboardPrintLine asOf={asOf} />
      </div>
    </FigureProviders>
  );
}
