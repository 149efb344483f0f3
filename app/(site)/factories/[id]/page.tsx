import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PrintLine } from '@/components/site/print-line';
import { SourceList } from '@/components/site/source-list';
import { antennasOf } from '@/lib/aggregate';
import { loadDataset } from '@/lib/dataset';
import { countryName, formatDate, formatEur, formatEurFull, listJoin } from '@/lib/format';
import type { Factory } from '@/lib/schema';
import styles from './factory.module.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return loadDataset().factories.map((f) => ({ id: f.id }));
}

function findFactory(id: string): Factory | undefined {
  return loadDataset().factories.find((f) => f.id === id);
}

export async function generateMetadata({ params }: PageProps<'/factories/[id]'>): Promise<Metadata> {
  const factory = findFactory((await params).id);
  if (!factory) return {};
  return {
    title: factory.name,
    description: `${factory.name}: an EU AI Factory hosted by ${factory.host} in ${factory.city}, ${countryName(factory.country)}. Sectors, partner countries, supercomputer, funding and sources.`,
  };
}

export default async function FactoryPage({ params }: PageProps<'/factories/[id]'>) {
  const data = loadDataset();
  const factory = findFactory((await params).id);
  if (!factory) notFound();
  const wave = data.waves.find((w) => w.id === factory.wave);
  const sectorLabel = new Map(data.sectors.map((s) => [s.slug, s.label]));
  const antennas = antennasOf(factory.id, data.antennas);
  const { totalEur, euEur, nationalEur } = factory.funding;

  return (
    <article className={`page ${styles.page}`}>
      <p className={styles.crumbs}>
        <Link href="/" prefetch={false}>Dashboard</Link> / <Link href={`/?wave=${factory.wave}`} prefetch={false}>{wave?.label ?? `Wave ${factory.wave}`}</Link>
      </p>
      <header className={styles.header}>
        <h1>{factory.name}</h1>
        <p className={styles.lede}>
          {factory.acronym && factory.acronym !== factory.name ? <>{factory.acronym} · </> : null}
          Hosted by {factory.host} in {factory.city}, {countryName(factory.country)}. Selected on{' '}
          <time dateTime={factory.selectedOn}>{formatDate(factory.selectedOn)}</time>
          {wave ? ` (${wave.label})` : ''}.
        </p>
        <p>
          <a href={factory.url} rel="noopener noreferrer">
            Official site
          </a>
        </p>
      </header>

      <div className={styles.grid}>
        <section aria-labelledby="facts">
          <h2 id="facts">Facts</h2>
          <dl className={styles.facts}>
            <dt>Host</dt>
            <dd>{factory.host}</dd>
            <dt>Location</dt>
            <dd>
              {factory.city}, {countryName(factory.country)}
            </dd>
            <dt>Wave</dt>
            <dd>{wave?.label ?? factory.wave}</dd>
            <dt>Partner countries</dt>
            <dd>
              {factory.partnerCountries.length
                ? listJoin(factory.partnerCountries.map(countryName))
                : 'none named in the sources'}
            </dd>
            <dt>Sectors</dt>
            <dd>
              {factory.sectors.length ? (
                <ul className={styles.tags}>
                  {factory.sectors.map((s) => (
                    <li key={s}>
                      <Link href={`/?sector=${s}`} prefetch={false}>{sectorLabel.get(s) ?? s}</Link>
                    </li>
                  ))}
                </ul>
              ) : (
                'not disclosed'
              )}
            </dd>
            <dt>Services</dt>
            <dd>{factory.services.length ? listJoin(factory.services) : 'not disclosed'}</dd>
          </dl>
        </section>

        <section aria-labelledby="machine">
          <h2 id="machine">Supercomputer</h2>
          <dl className={styles.facts}>
            <dt>System</dt>
            <dd>{factory.supercomputer.name}</dd>
            <dt>Kind</dt>
            <dd>{factory.supercomputer.kind === 'new' ? 'new AI-optimised system' : 'upgrade of an existing system'}</dd>
            <dt>In operation from</dt>
            <dd>{factory.supercomputer.operationalFrom ? formatDate(factory.supercomputer.operationalFrom) : 'not disclosed'}</dd>
          </dl>

          <h2 id="funding">Funding</h2>
          <dl className={styles.facts} aria-labelledby="funding">
            <dt>Total investment</dt>
            <dd title={formatEurFull(totalEur)}>{formatEur(totalEur)}</dd>
            <dt>EU contribution</dt>
            <dd title={formatEurFull(euEur)}>{formatEur(euEur)}</dd>
            <dt>National contribution</dt>
            <dd title={formatEurFull(nationalEur)}>{formatEur(nationalEur)}</dd>
          </dl>
        </section>
      </div>

      <section aria-labelledby="antennas">
        <h2 id="antennas">AI Factory Antennas</h2>
        {antennas.length ? (
          <ul>
            {antennas.map((a) => (
              <li key={a.id}>
                {a.name ?? 'AI Factory Antenna'}, {countryName(a.country)}
                {a.host ? ` — ${a.host}` : ''}
              </li>
            ))}
          </ul>
        ) : (
          <p>No antenna is linked to this factory in the sources.</p>
        )}
      </section>

      <section aria-labelledby="sources">
        <h2 id="sources">Sources</h2>
        <SourceList sources={factory.sources} className={styles.sources} />
        <p className="muted">Data as of {formatDate(data.asOf)}.</p>
      </section>
      <PrintLine asOf={formatDate(data.asOf)} />
    </article>
  );
}
