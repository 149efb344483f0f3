// One slide at a time, drawn from the view models of the shown factories: a title, the figure's takeaway in large
// type, its chart, the source. The same models, and so the same figures and sentences, as the dashboard's sections.
import { useTranslations } from 'next-intl';
import type { Factory } from '@/lib/data/schema';
import type { Point } from '@/lib/geo/europe';
import { spotlightOf, type SlideId } from '@/lib/url/present';
import { filterCaption } from '@/lib/views/caption';
import { countriesModel, type CountryRole } from '@/lib/views/countries';
import type { FilteredView } from '@/lib/views/filtered';
import { fundingModel } from '@/lib/views/funding';
import { kpisModel } from '@/lib/views/kpis';
import { message, type Message } from '@/lib/i18n/message';
import { sectorsModel } from '@/lib/views/sectors';
import { spotlightModel } from '@/lib/views/spotlight';
import { timelineModel } from '@/lib/views/timeline';
import { Bars } from '@/components/charts/bars';
import { EuropeMap, type MapBox, type MapShape } from '@/components/charts/europe-map';
import { Legend } from '@/components/charts/legend';
import { useChartWords } from '@/components/charts/use-chart-words';
import { useFormats } from '@/components/site/use-formats';
import { useSentences } from '@/components/site/use-sentences';
import { Timeline } from './present-timeline';
import styles from './present-slides.module.css';

export interface PresentMapGeometry {
  width: number;
  height: number;
  countries: MapShape[];
  /** Projected factory and antenna positions, by id. */
  points: Record<string, Point>;
}

/** Characters past which a takeaway takes the smaller size (about three lines of the side layout at 1280×720). */
const LONG_TAKEAWAY = 110;

/** The part of the Europe box with every site in it, from Iceland to Cyprus: the screen shows Europe large. */
const SCREEN_CROP: MapBox = { x: 230, y: 84, width: 650, height: 634 };

/** The `present` messages, the sentences of the view models and the chart words, in the page's language. */
function useWords(view: FilteredView) {
  return { t: useTranslations('present'), say: useSentences(view.data.sectors), chart: useChartWords() };
}

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

interface SlideProps {
  view: FilteredView;
  map: PresentMapGeometry;
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
  takeaway: readonly Message[];
  layout?: 'stack' | 'side';
  aside?: React.ReactNode;
  view: FilteredView;
  children?: React.ReactNode;
}) {
  const { t, say } = useWords(view);
  const fmt = useFormats();
  const caption = filterCaption(view.filters);
  const sentence = say(takeaway);
  return (
    <section className={styles.slide} data-slide={id} data-layout={layout} aria-roledescription="slide" aria-label={title}>
      <header className={styles.head}>
        <h2 className={styles.title}>{title}</h2>
        <p className={styles.takeaway} data-testid="slide-takeaway" data-long={sentence.length > LONG_TAKEAWAY || undefined}>
          {sentence}
        </p>
        {aside}
      </header>
      <div className={styles.body} data-slide-body>
        {children}
      </div>
      <footer className={styles.foot}>
        <p className={styles.source}>{t('source', { date: fmt.date(view.data.asOf) })}</p>
        {caption && <p className={styles.caption}>{say(caption)}</p>}
      </footer>
    </section>
  );
}

function KpiSlide({ view }: SlideProps) {
  const { t, say } = useWords(view);
  const fmt = useFormats();
  const k = kpisModel(view);
  const { money } = k;
  // `id`: the dashboard's KPI names, in English whatever the language: the same figure has the same hook everywhere.
  const tiles = [
    { id: 'AI Factories', value: fmt.number(k.factories), label: t('kpiFactories') },
    { id: 'host countries', value: fmt.number(k.hostCountries), label: t('kpiHosts') },
    { id: 'participating countries', value: fmt.number(k.participatingCountries), label: t('kpiTakingPart') },
    { id: 'AI Factory Antennas', value: fmt.number(k.antennas), label: t('kpiAntennas') },
    { id: 'sectors covered', value: fmt.number(k.sectors), label: t('kpiSectors') },
  ];
  const source = money.sources[0];
  const none = money.kind === 'disclosed' && !money.disclosedFactories;
  const qualifier = !none && money.minEur !== null ? t('moneyOver') : '';
  const amount = none ? '—' : fmt.eur(money.minEur ?? money.exactEur);
  return (
    <Frame id="kpis" title={t('kpisTitle')} takeaway={k.takeaway} view={view}>
      <ul className={styles.kpis}>
        {tiles.map((tile) => (
          <li key={tile.id} className={styles.kpi}>
            <span className={`${styles.kpiValue} num`} data-kpi-value={tile.id} style={{ ['--chars' as string]: tile.value.length }}>
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
            {money.kind === 'programme' ? t('moneyProgramme') : money.kind === 'waves' ? t('moneyWaves') : t('moneyDisclosed')}
          </span>
          <span className={styles.kpiSource}>
            {say(money.note)}
            {source && ` (${new URL(source.url).hostname})`}
          </span>
          {money.perFactory && <span className={styles.kpiSource}>{say(money.perFactory)}</span>}
        </li>
      </ul>
    </Frame>
  );
}

function MapSlide({ view, map }: SlideProps) {
  const { t } = useWords(view);
  const model = countriesModel(view);
  const count = model.roleCounts;
  return (
    <Frame
      id="map"
      title={t('mapTitle')}
      takeaway={model.takeaway}
      layout="side"
      view={view}
      aside={
        <div className={styles.legend}>
          <Legend
            look="screen"
            items={[
              { label: t('legendHosts', { count: count.host }), series: 'host' },
              { label: t('legendPartner', { count: count.partner }), series: 'partner' },
              { label: t('legendAntenna', { count: count.antenna }), series: 'antenna' },
              { label: t('legendSite', { count: view.factories.length }), shape: 'dot' },
              { label: t('legendAntennaSite'), series: 'antenna', shape: 'ring' },
            ]}
          />
        </div>
      }
    >
      <ScreenMap
        map={map}
        roles={model.roles}
        factoryIds={view.factories.map((f) => f.id)}
        antennaIds={view.antennas.map((a) => a.id)}
        label={t('mapLabel', { factories: view.factories.length, antennas: view.antennas.length })}
      />
    </Frame>
  );
}

function SectorSlide({ view }: SlideProps) {
  const { t, chart } = useWords(view);
  const model = sectorsModel(view);
  return (
    <Frame id="sectors" title={t('sectorsTitle')} takeaway={model.takeaway} view={view}>
      <Bars chart={model.bars} words={chart} columns layout="stacked" label={t('sectorsBars')} />
    </Frame>
  );
}

function FundingSlide({ view }: SlideProps) {
  const { t, chart } = useWords(view);
  const model = fundingModel(view);
  return (
    <Frame id="funding" title={t('fundingTitle')} takeaway={model.takeaway} view={view}>
      <div className={styles.funding}>
        <div className={styles.legend}>
          <Legend look="screen" items={chart.legend(model.factoryBars.legend)} />
        </div>
        <Bars chart={model.factoryBars} words={chart} columns layout="inline" label={t('fundingBars')} />
      </div>
    </Frame>
  );
}

function TimelineSlide({ view }: SlideProps) {
  const { t, say } = useWords(view);
  const model = timelineModel(view);
  return (
    <Frame id="timeline" title={t('timelineTitle')} takeaway={model.takeaway} view={view}>
      <Timeline model={model} say={say} />
    </Frame>
  );
}

function SpotlightSlide({ view, map, factory }: SlideProps & { factory: Factory }) {
  const { t, say } = useWords(view);
  const model = spotlightModel(factory, view.antennas);
  return (
    <Frame
      id={`spotlight-${factory.id}`}
      title={factory.name}
      takeaway={model.takeaway}
      layout="side"
      view={view}
      aside={
        <dl className={styles.facts}>
          {model.facts.map(({ term, value }) => (
            <div key={term}>
              <dt>{t(term)}</dt>
              <dd>{say(value)}</dd>
            </div>
          ))}
        </dl>
      }
    >
      <ScreenMap
        map={map}
        roles={model.roles}
        factoryIds={[factory.id]}
        antennaIds={model.antennaIds}
        highlight={factory.id}
        label={say(model.map)}
      />
    </Frame>
  );
}

export function PresentSlide({ slide, view, map }: { slide: SlideId } & SlideProps) {
  const t = useTranslations('present');
  const spotlight = spotlightOf(slide);
  if (spotlight) {
    const factory = view.factories.find((f) => f.id === spotlight);
    if (factory) return <SpotlightSlide view={view} map={map} factory={factory} />;
  }
  switch (slide) {
    case 'kpis':
      return <KpiSlide view={view} map={map} />;
    case 'map':
      return <MapSlide view={view} map={map} />;
    case 'sectors':
      return <SectorSlide view={view} map={map} />;
    case 'funding':
      return <FundingSlide view={view} map={map} />;
    case 'timeline':
      return <TimelineSlide view={view} map={map} />;
    default:
      return <Frame id="empty" title={t('emptyTitle')} takeaway={[message('noMatch')]} view={view} />;
  }
}
