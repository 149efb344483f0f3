import Link from 'next/link';
import { CountrySpread } from '@/components/dashboard/country-spread';
import { DashboardProvider } from '@/components/dashboard/dashboard-context';
import { FactoryTable } from '@/components/table/factory-table';
import { FilterBar } from '@/components/dashboard/filter-bar';
import { Funding } from '@/components/dashboard/funding';
import { KpiStrip } from '@/components/dashboard/kpi-strip';
import { DashboardPrintLine } from '@/components/dashboard/dashboard-print-line';
import { ShareControl } from '@/components/dashboard/share-control';
import { SectorCoverage } from '@/components/dashboard/sector-coverage';
import { Timeline } from '@/components/dashboard/timeline';
import { browserDataset } from '@/lib/browser-dataset';
import { loadDataset } from '@/lib/dataset';
import { formatDate } from '@/lib/format';
import { europeMap } from '@/lib/geo';
import { mapMarkers } from '@/lib/map-markers';
import styles from './page.module.css';

export default function DashboardPage() {
  const data = loadDataset();
  const asOf = formatDate(data.asOf);
  const source = (what: string) =>
    `Source: ${what}, compiled from EuroHPC Joint Undertaking, European Commission and host-centre announcements · data as of ${asOf}.`;

  const latestGiga = data.gigafactories.events.map((e) => e.date).sort().at(-1) ?? data.asOf;
  return (
    <DashboardProvider data={browserDataset(data)}>
      <div className="page">
        <header className={styles.intro}>
          <p className={styles.kicker}>EuroHPC Joint Undertaking · AI Factories</p>
          <h1>Europe’s AI Factories</h1>
          <p className={styles.lede}>
            Where the AI-optimised supercomputing sites selected since December 2024 are, which sectors they serve,
            which countries take part and how they are funded.
          </p>
          <p className={styles.asOf}>
            Data as of <time dateTime={data.asOf}>{asOf}</time> ·{' '}
            <Link href="/about" prefetch={false}>method and sources</Link> ·{' '}
            <Link href="/find" prefetch={false} className={styles.finder}>
              Which AI Factory is for me? →
            </Link>
          </p>
          <p className={styles.giga}>
            AI Gigafactories: {data.gigafactories.status} Latest report <time dateTime={latestGiga}>{formatDate(latestGiga)}</time> ·{' '}
            <Link href="/about#gigafactories" prefetch={false}>where they stand</Link>
          </p>
        </header>
        <KpiStrip />
        <FilterBar />
        <CountrySpread geometry={europeMap()} markers={mapMarkers(data)} source={source('host and partner countries per factory record')} />
        <SectorCoverage source={source('sector focus as stated by each factory, mapped onto one list of 15 sectors')} />
        <Funding source={source('investment announced at selection; EU and national shares where stated')} />
        <Timeline source={source('selection announcements and announced starts of operation')} />
        <section id="all-factories" aria-labelledby="all-factories-title" className={styles.section}>
          <div className={styles.sectionHead}>
            <h2 id="all-factories-title">All factories</h2>
            <ShareControl views={['table']} label="All factories" />
          </div>
          <FactoryTable />
        </section>
        <DashboardPrintLine asOf={asOf} />
      </div>
    </DashboardProvider>
  );
}
