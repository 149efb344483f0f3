// One slide at a time, drawn from the shown factories: a title, a takeaway in large type, a chart, the source.
import { useTranslations } from 'next-intl';
import { useFormats } from '@/components/site/use-formats';
import {
  antennasOf,
  countryRoleMap,
  type CountryRole,
  fundingByFactory,
  fundingByWave,
  kpis,
  sectorCoverage,
} from '@/lib/views/aggregate';
import { timeline } from '@/lib/views/timeline';
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
} from '@/lib/views/present';
import type { Filters } from '@/lib/url/filters';
import { headlineMoney } from '@/lib/views/headline';
import type { Antenna, Factory, Programme, Sector, Wave } from '@/lib/data/schema';
import { Bars } from '@/components/charts/bars';
import { EuropeMap, type MapBox, type MapShape } from '@/components/charts/europe-map';
import type { Point } from '@/lib/geo/europe';
import { Legend } from './present-legend';
import { Timeline } from './present-timeline';
import styles from './present-slides.module.css';

/** The `present` messages and the formatters of the page's language. */
function useWords() {
  return { t: useTranslations('present'), fmt: useFormats() };
}

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
  const words = useWords();
  return (
    <section className={styles.slide} data-slide={id} data-layout={layout} aria-roledescription="slide" aria-label={title}>
      <header className={styles.head}>
        <h2 className={styles.title}>{title}</h2>
        <p className={styles.takeaway}>{takeaway}</p>
        {aside}
      </header>
      <div className={styles.body}>{children}</div>
      <footer className={styles.foot}>
        <p className={styles.source}>{sourceLine(view.asOf, words)}</p>
        {view.caption && <p className={styles.caption}>{view.caption}</p>}
      </footer>
    </section>
  );
}

function KpiSlide({ view }: { view: SlideView }) {
  const words = useWords();
  const { t, fmt } = words;
  const k = kpis(view.factories, view.antennas);
  const money = headlineMoney(view.factories, view.filters, view.waves, view.programme);
  const tiles = [
    { value: fmt.number(k.factories), label: t('kpiFactories') },
    { value: fmt.number(k.hostCountries), label: t('kpiHosts') },
    { value: fmt.number(k.participatingCountries), label: t('kpiTakingPart') },
    { value: fmt.number(k.antennas), label: t('kpiAntennas') },
    { value: fmt.number(k.sectors), label: t('kpiSectors') },
  ];
  const source = money.sources[0];
  const none = money.kind === 'disclosed' && !money.disclosedFactories;
  const qualifier = !none && money.minEur !== null ? t('moneyOver') : '';
  const amount = none ? '—' : fmt.eur(money.minEur ?? money.exactEur);
  return (
    <Frame id="kpis" title={t('kpisTitle')} takeaway={kpiTakeaway(k, words)} view={view}>
      <ul className={styles.kpis}>
        {tiles.map((tile) => (
          <li key={tile.label} className={styles.kpi}>
            <span className={`${styles.kpiValue} num`} data-kpi-value={tile.label} style={{ ['--chars' as string]: tile.value.length }}>
              {tile.value}
            </span>
            <span className={styles.kpiLabel}>{tile.label}</span>
          </li>
        ))}
        <li className={`${styles.kpi} ${styles.kpiMoney}`} data-money={money.kind}>
          <span className={`${styles.kpiValue} num`} data-kpi-value="investment" style={{ ['--chars' as string]: amount.length + qualifier.length * 0.4 }}>
            {qualifier ? (
              // "over" in small type so the figure keeps the tile's width.
              <>
                <span className={styles.kpiQualifier}>{qualifier}</span> {amount}
              </>
            ) : (
              amount
            )}
          </span>
          <span className={styles.kpiLabel}>
            {money.kind === 'programme'
              ? t('moneyProgramme')
              : money.kind === 'waves'
                ? t('moneyWaves')
                : t('moneyDisclosed', { disclosed: money.disclosedFactories, total: money.factories })}
          </span>
          {source && (
            <span className={styles.kpiSource}>
              {t('moneySource', {
                source: money.kind === 'programme' ? t('moneyCommission', { date: fmt.date(view.programme.statedOn) }) : source.title,
                host: new URL(source.url).hostname,
              })}
            </span>
          )}
          {money.kind !== 'disclosed' && (
            <span className={styles.kpiSource}>
              {t('perFactory', { sum: fmt.eur(money.disclosedEur), disclosed: money.disclosedFactories, total: money.factories })}
            </span>
          )}
        </li>
      </ul>
    </Frame>
  );
}

function MapSlide({ view }: { view: SlideView }) {
  const words = useWords();
  const { t } = words;
  const roles = countryRoleMap(view.factories, view.antennas);
  const count = (role: string) => Object.values(roles).filter((r) => r === role).length;
  return (
    <Frame
      id="map"
      title={t('mapTitle')}
      takeaway={mapTakeaway(roles, words)}
      layout="side"
      view={view}
      aside={
        <Legend
          items={[
            { label: t('legendHosts', { count: count('host') }), color: 'c-host' },
            { label: t('legendPartner', { count: count('partner') }), color: 'c-partner' },
            { label: t('legendAntenna', { count: count('antenna') }), color: 'c-antenna' },
            { label: t('legendSite', { count: view.factories.length }), color: 'ink', shape: 'dot' },
            { label: t('legendAntennaSite'), color: 'bg', shape: 'ring' },
          ]}
        />
      }
    >
      <ScreenMap
        map={view.map}
        roles={roles}
        factoryIds={view.factories.map((f) => f.id)}
        antennaIds={view.antennas.map((a) => a.id)}
        label={t('mapLabel', { factories: view.factories.length, antennas: view.antennas.length })}
      />
    </Frame>
  );
}

function SectorSlide({ view }: { view: SlideView }) {
  const words = useWords();
  const { t } = words;
  const coverage = sectorCoverage(view.factories, view.sectors);
  return (
    <Frame id="sectors" title={t('sectorsTitle')} takeaway={sectorTakeaway(coverage, view.factories.length, words)} view={view}>
      <Bars
        columns
        layout="stacked"
        label={t('sectorsBars')}
        rows={coverage.map((s) => ({
          key: s.slug,
          label: s.label,
          display: words.fmt.number(s.count),
          segments: [{ value: s.count, color: 'c-sector', label: s.label }],
        }))}
      />
    </Frame>
  );
}

function FundingSlide({ view }: { view: SlideView }) {
  const words = useWords();
  const { t, fmt } = words;
  const k = kpis(view.factories, view.antennas);
  const rows = fundingByFactory(view.factories);
  const disclosed = rows.filter((r) => r.totalEur !== null);
  const hidden = rows.filter((r) => r.totalEur === null);
  const label = (id: string, name: string) => view.factories.find((f) => f.id === id)?.acronym ?? shortName(name);
  return (
    <Frame id="funding" title={t('fundingTitle')} takeaway={fundingTakeaway(k, rows, words)} view={view}>
      <div className={styles.funding}>
        <Legend
          items={[
            { label: t('eu'), color: 'c-eu' },
            { label: t('national'), color: 'c-national' },
            { label: t('notSplit'), color: 'c-unsplit' },
          ]}
        />
        <Bars
          columns
          layout="inline"
          label={t('fundingBars')}
          rows={disclosed.map((r) => ({
            key: r.id,
            label: label(r.id, r.name),
            display: fmt.eur(r.totalEur),
            segments: [
              { value: r.euEur ?? 0, color: 'c-eu', label: t('eu') },
              { value: r.nationalEur ?? 0, color: 'c-national', label: t('national') },
              { value: r.unsplitEur ?? 0, color: 'c-unsplit', label: t('notSplit') },
            ],
          }))}
        />
        {hidden.length > 0 && (
          <p className={styles.note}>
            {t('notDisclosedList', { names: fmt.list(hidden.map((r) => label(r.id, r.name))) })}
          </p>
        )}
      </div>
    </Frame>
  );
}

function TimelineSlide({ view }: { view: SlideView }) {
  const words = useWords();
  const years = timelineByYear(timeline(view.factories, view.waves, view.antennas), view.factories, words);
  return (
    <Frame id="timeline" title={words.t('timelineTitle')} takeaway={timelineTakeaway(fundingByWave(view.factories, view.waves), words)} view={view}>
      <Timeline years={years} />
    </Frame>
  );
}

function SpotlightSlide({ view, factory: f }: { view: SlideView; factory: Factory }) {
  const words = useWords();
  const { t, fmt } = words;
  const linked = antennasOf(f.id, view.antennas);
  const sectorLabels = f.sectors.map((s) => view.sectors.find((x) => x.slug === s)?.label ?? s);
  const { totalEur, euEur, nationalEur } = f.funding;
  const split = [
    euEur !== null && t('splitEu', { value: fmt.eur(euEur) }),
    nationalEur !== null && t('splitNational', { value: fmt.eur(nationalEur) }),
  ].filter(Boolean);
  const machine = f.supercomputer.operationalFrom
    ? t('machineFrom', { date: fmt.date(f.supercomputer.operationalFrom) })
    : f.supercomputer.kind === 'new'
      ? t('machineNew')
      : t('machineUpgrade');
  const facts: [string, string][] = [
    [t('factHost'), f.host],
    [t('factSelected'), t('factSelectedValue', { wave: f.wave, date: fmt.date(f.selectedOn) })],
    [t('factMachine'), `${f.supercomputer.name} · ${machine}`],
    [t('factInvestment'), `${fmt.eur(totalEur)}${split.length ? ` (${split.join(', ')})` : ''}`],
    [t('factPartners'), f.partnerCountries.length ? fmt.list(f.partnerCountries.map(fmt.countryName)) : t('none')],
    [t('factSectors'), sectorLabels.join(' · ') || t('noneListed')],
  ];
  if (linked.length) facts.push([t('factAntennas'), fmt.list(linked.map((a) => fmt.countryName(a.country)))]);
  return (
    <Frame
      id={`spotlight-${f.id}`}
      title={f.name}
      takeaway={spotlightTakeaway(f, words)}
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
        label={t('spotlightMap', { name: f.name, city: f.city, country: fmt.countryName(f.country) })}
      />
    </Frame>
  );
}

export function PresentSlide({ slide, view }: { slide: SlideId; view: SlideView }) {
  const t = useTranslations('present');
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
      return <Frame id="empty" title={t('emptyTitle')} takeaway={t('emptyTakeaway')} view={view} />;
  }
}
