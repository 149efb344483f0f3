// One slide at a time, drawn from the shown factories: a title, a takeaway in large type, a chart, the source.
import {
  antennasOf,
  countryRoleMap,
  type CountryRole,
  fundingByFactory,
  fundingByWave,
  kpis,
  sectorCoverage,
} from '@/lib/aggregate';
import { countryName, formatDate, formatEur, formatNumber, listJoin, plural } from '@/lib/format';
import { timeline } from '@/lib/timeline';
import {
  fundingTakeaway,
  kpiTakeaway,
  mapTakeaway,
  sectorTakeaway,
  shortName,
  sourceLine,
  spotlightOf,
  spotlightTakeaway,
  timelineByYear,
  timelineTakeaway,
  type SlideId,
} from '@/lib/present';
import type { Filters } from '@/lib/filters';
import { headlineMoney } from '@/lib/headline';
import type { Antenna, Factory, Programme, Sector, Wave } from '@/lib/schema';
import { Bars } from '@/components/charts/bars';
import { EuropeMap, type MapBox, type MapShape } from '@/components/charts/europe-map';
import type { Point } from '@/lib/geo';
import { Legend } from './present-legend';
import { Timeline } from './present-timeline';
import styles from './present-slides.module.css';

export interface PresentMapGeometry {
  width: number;
  height: number;
  countries: MapShape[];
  /** Projected factory and antenna positions, by id. */
  points: Record<string, Point>;
}

/** The part of the Europe box with every site in it, from Iceland to Cyprus: the screen shows Europe large. */
const SCREEN_CROP: MapBox = { x: 230, y: 84, width: 650, height: 634 };

/** The shared map, as a screen shows it: large, cropped, no text inside (labels live in HTML). */
function ScreenMap({ map, roles, factoryIds, antennaIds, highlight, label }: {
  map: PresentMapGeometry;
  roles: Record<string, CountryRole>;
  factoryIds: readonly string[];
  antennaIds: readonly string[];
  highlight?: string;
  label: string;
}) {
  const dot = (kind: 'factory' | 'antenna') => (id: string) => {
    const p = map.points[id];
    return p ? [{ id, kind, x: p[0], y: p[1] }] : [];
  };
  return (
    <EuropeMap
      width={map.width}
      height={map.height}
      countries={map.countries}
      roles={roles}
      dots={[...antennaIds.flatMap(dot('antenna')), ...factoryIds.flatMap(dot('factory'))]}
      label={label}
      look="screen"
      crop={SCREEN_CROP}
      highlight={highlight}
    />
  );
}

export interface SlideView {
  asOf: string;
  programme: Programme;
  waves: Wave[];
  sectors: Sector[];
  factories: Factory[];
  antennas: Antenna[];
  filters: Filters;
  map: PresentMapGeometry;
  caption: string;
}

function Frame({
  id,
  title,
  takeaway,
  layout = 'stack',
  aside,
  view,
  children,
}: {
  id: SlideId;
  title: string;
  takeaway: string;
  layout?: 'stack' | 'side';
  aside?: React.ReactNode;
  view: SlideView;
  children?: React.ReactNode;
}) {
  return (
    <section className={styles.slide} data-slide={id} data-layout={layout} aria-roledescription="slide" aria-label={title}>
      <header className={styles.head}>
        <h2 className={styles.title}>{title}</h2>
        <p className={styles.takeaway}>{takeaway}</p>
        {aside}
      </header>
      <div className={styles.body}>{children}</div>
      <footer className={styles.foot}>
        <p className={styles.source}>{sourceLine(view.asOf)}</p>
        {view.caption && <p className={styles.caption}>{view.caption}</p>}
      </footer>
    </section>
  );
}

function KpiSlide({ view }: { view: SlideView }) {
  const k = kpis(view.factories, view.antennas);
  const money = headlineMoney(view.factories, view.filters, view.waves, view.programme);
  const tiles = [
    { value: formatNumber(k.factories), label: 'AI Factories' },
    { value: formatNumber(k.hostCountries), label: 'host countries' },
    { value: formatNumber(k.participatingCountries), label: 'countries taking part' },
    { value: formatNumber(k.antennas), label: 'AI Factory Antennas' },
    { value: formatNumber(k.sectors), label: 'sectors served' },
  ];
  const source = money.sources[0];
  return (
    <Frame id="kpis" title="AI Factories at a glance" takeaway={kpiTakeaway(k)} view={view}>
      <ul className={styles.kpis}>
        {tiles.map((t) => (
          <li key={t.label} className={styles.kpi}>
            <span className={`${styles.kpiValue} num`} data-kpi-value={t.label}>
              {t.value}
            </span>
            <span className={styles.kpiLabel}>{t.label}</span>
          </li>
        ))}
        <li className={`${styles.kpi} ${styles.kpiMoney}`} data-money={money.kind}>
          <span className={`${styles.kpiValue} num`} data-kpi-value="investment">
            {money.kind === 'disclosed' && !money.disclosedFactories ? (
              '—'
            ) : money.minEur !== null ? (
              // "over" in small type so the figure keeps the tile's width.
              <>
                <span className={styles.kpiQualifier}>over</span> {formatEur(money.minEur)}
              </>
            ) : (
              formatEur(money.exactEur)
            )}
          </span>
          <span className={styles.kpiLabel}>
            {money.kind === 'programme'
              ? 'committed to AI Factories and Antennas'
              : money.kind === 'waves'
                ? 'announced at selection'
                : `disclosed per-factory investment (${money.disclosedFactories} of ${money.factories})`}
          </span>
          {source && (
            <span className={styles.kpiSource}>
              Source: {money.kind === 'programme' ? `European Commission, ${formatDate(view.programme.statedOn)}` : source.title} (
              {new URL(source.url).hostname})
            </span>
          )}
          {money.kind !== 'disclosed' && (
            <span className={styles.kpiSource}>
              per-factory figures add up to {formatEur(money.disclosedEur)} for {money.disclosedFactories} of {money.factories}
            </span>
          )}
        </li>
      </ul>
    </Frame>
  );
}

function MapSlide({ view }: { view: SlideView }) {
  const roles = countryRoleMap(view.factories, view.antennas);
  const count = (role: string) => Object.values(roles).filter((r) => r === role).length;
  return (
    <Frame
      id="map"
      title="Where the AI Factories are"
      takeaway={mapTakeaway(roles)}
      layout="side"
      view={view}
      aside={
        <Legend
          items={[
            { label: `Hosts a factory · ${count('host')}`, color: 'c-host' },
            { label: `Partner · ${count('partner')}`, color: 'c-partner' },
            { label: `Antenna · ${count('antenna')}`, color: 'c-antenna' },
            { label: `AI Factory site · ${view.factories.length}`, color: 'ink', shape: 'dot' },
            { label: 'Antenna site', color: 'bg', shape: 'ring' },
          ]}
        />
      }
    >
      <ScreenMap
        map={view.map}
        roles={roles}
        factoryIds={view.factories.map((f) => f.id)}
        antennaIds={view.antennas.map((a) => a.id)}
        label={`Map of Europe: ${plural(view.factories.length, 'AI Factory', 'AI Factories')} and ${plural(view.antennas.length, 'antenna')}`}
      />
    </Frame>
  );
}

function SectorSlide({ view }: { view: SlideView }) {
  const coverage = sectorCoverage(view.factories, view.sectors);
  return (
    <Frame id="sectors" title="Sectors served" takeaway={sectorTakeaway(coverage, view.factories.length)} view={view}>
      <Bars
        columns
        layout="stacked"
        label="Factories per sector"
        rows={coverage.map((s) => ({
          key: s.slug,
          label: s.label,
          display: String(s.count),
          segments: [{ value: s.count, color: 'c-sector', label: s.label }],
        }))}
      />
    </Frame>
  );
}

function FundingSlide({ view }: { view: SlideView }) {
  const k = kpis(view.factories, view.antennas);
  const rows = fundingByFactory(view.factories);
  const disclosed = rows.filter((r) => r.totalEur !== null);
  const hidden = rows.filter((r) => r.totalEur === null);
  const label = (id: string, name: string) => view.factories.find((f) => f.id === id)?.acronym ?? shortName(name);
  return (
    <Frame id="funding" title="Investment per factory" takeaway={fundingTakeaway(k, rows)} view={view}>
      <div className={styles.funding}>
        <Legend
          items={[
            { label: 'EU', color: 'c-eu' },
            { label: 'National', color: 'c-national' },
            { label: 'Not split', color: 'c-unsplit' },
          ]}
        />
        <Bars
          columns
          layout="inline"
          label="Disclosed investment per factory"
          rows={disclosed.map((r) => ({
            key: r.id,
            label: label(r.id, r.name),
            display: formatEur(r.totalEur),
            segments: [
              { value: r.euEur ?? 0, color: 'c-eu', label: 'EU' },
              { value: r.nationalEur ?? 0, color: 'c-national', label: 'National' },
              { value: r.unsplitEur ?? 0, color: 'c-unsplit', label: 'Not split' },
            ],
          }))}
        />
        {hidden.length > 0 && (
          <p className={styles.note}>
            Not disclosed: {listJoin(hidden.map((r) => label(r.id, r.name)))}
          </p>
        )}
      </div>
    </Frame>
  );
}

function TimelineSlide({ view }: { view: SlideView }) {
  const years = timelineByYear(timeline(view.factories, view.waves, view.antennas), view.factories);
  return (
    <Frame id="timeline" title="Timeline" takeaway={timelineTakeaway(fundingByWave(view.factories, view.waves))} view={view}>
      <Timeline years={years} />
    </Frame>
  );
}

function SpotlightSlide({ view, factory: f }: { view: SlideView; factory: Factory }) {
  const linked = antennasOf(f.id, view.antennas);
  const sectorLabels = f.sectors.map((s) => view.sectors.find((x) => x.slug === s)?.label ?? s);
  const { totalEur, euEur, nationalEur } = f.funding;
  const split = [euEur !== null && `EU ${formatEur(euEur)}`, nationalEur !== null && `national ${formatEur(nationalEur)}`].filter(Boolean);
  const machine = f.supercomputer.operationalFrom ? `operation announced from ${formatDate(f.supercomputer.operationalFrom)}` : f.supercomputer.kind === 'new' ? 'new system' : 'upgrade';
  const facts: [string, string][] = [
    ['Host', f.host],
    ['Selected', `Wave ${f.wave} · ${formatDate(f.selectedOn)}`],
    ['Supercomputer', `${f.supercomputer.name} · ${machine}`],
    ['Investment', `${formatEur(totalEur)}${split.length ? ` (${split.join(', ')})` : ''}`],
    ['Partners', f.partnerCountries.length ? listJoin(f.partnerCountries.map(countryName)) : 'none'],
    ['Sectors', sectorLabels.join(' · ') || 'none listed'],
  ];
  if (linked.length) facts.push(['Antennas', listJoin(linked.map((a) => countryName(a.country)))]);
  return (
    <Frame
      id={`spotlight-${f.id}`}
      title={f.name}
      takeaway={spotlightTakeaway(f)}
      layout="side"
      view={view}
      aside={
        <dl className={styles.facts}>
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      }
    >
      <ScreenMap
        map={view.map}
        roles={countryRoleMap([f], linked)}
        factoryIds={[f.id]}
        antennaIds={linked.map((a) => a.id)}
        highlight={f.id}
        label={`Map: ${f.name} in ${f.city}, ${countryName(f.country)}, its partner countries and antennas`}
      />
    </Frame>
  );
}

export function PresentSlide({ slide, view }: { slide: SlideId; view: SlideView }) {
  const spotlight = spotlightOf(slide);
  if (spotlight) {
    const factory = view.factories.find((f) => f.id === spotlight);
    if (factory) return <SpotlightSlide view={view} factory={factory} />;
  }
  switch (slide) {
    case 'kpis':
      return <KpiSlide view={view} />;
    case 'map':
      return <MapSlide view={view} />;
    case 'sectors':
      return <SectorSlide view={view} />;
    case 'funding':
      return <FundingSlide view={view} />;
    case 'timeline':
      return <TimelineSlide view={view} />;
    default:
      return <Frame id="empty" title="No AI Factory matches" takeaway="Nothing to show for these filters" view={view} />;
  }
}
