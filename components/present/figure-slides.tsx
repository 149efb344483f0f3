// The figures' slides: each draws its view model as the dashboard's section does, in screen mode's type. One line per
// slide of the figure registry (lib/figures/registry.ts) in SLIDES; TypeScript names a missing one.
import type { SlideFigure } from '@/lib/figures/registry';
import { computeModel } from '@/lib/views/compute';
import { countriesModel } from '@/lib/views/countries';
import { fundingModel } from '@/lib/views/funding';
import { kpisModel } from '@/lib/views/kpis';
import { sectorsModel } from '@/lib/views/sectors';
import { plansModel } from '@/lib/views/plans';
import { timelineModel } from '@/lib/views/timeline';
import { useTranslations } from 'next-intl';
import { slipText } from '@/components/words/slip-text';
import { Bars } from '@/components/charts/bars';
import { ComputeBars, EstimateNote, StatusLegend } from '@/components/charts/compute-bars';
import { EstimateLink } from '@/components/charts/estimate-link';
import { useComputeWords } from '@/components/words/use-compute-words';
import { Legend } from '@/components/charts/legend';
import { useFormats } from '@/components/words/use-formats';
import { Frame, ScreenMap, useWords, type SlideProps } from './slide-frame';
import { GrowthSlide } from './growth-slide';
import { Timeline } from './present-timeline';
import styles from './present-slides.module.css';

function KpiSlide({ view }: SlideProps) {
  const { t, say } = useWords(view);
  const fmt = useFormats();
  const k = kpisModel(view);
  const compute = useComputeWords();
  const { money } = k;
  // `id`: the dashboard's KPI names, in English whatever the language: the same figure has the same hook everywhere.
  const tiles = [
    { id: 'AI Factories', value: fmt.number(k.factories), label: t('kpiFactories', { count: k.factories }) },
    { id: 'host countries', value: fmt.number(k.hostCountries), label: t('kpiHosts', { count: k.hostCountries }) },
    { id: 'participating countries', value: fmt.number(k.participatingCountries), label: t('kpiTakingPart', { count: k.participatingCountries }) },
    { id: 'AI Factory Antennas', value: fmt.number(k.antennas), label: t('kpiAntennas', { count: k.antennas }) },
    { id: 'sectors covered', value: fmt.number(k.sectors), label: t('kpiSectors', { count: k.sectors }) },
  ];
  const source = money.sources[0];
  const none = money.kind === 'disclosed' && !money.disclosedFactories;
  const qualifier = !none && money.minEur !== null ? t('moneyOver') : '';
  // In the words the dashboard uses: an unknown figure is never a bare dash.
  const amount = none ? fmt.notDisclosed : fmt.eur(money.minEur ?? money.exactEur);
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
        {(['now', 'coming'] as const).map((group) => {
          const value = compute.total(k.compute[group]);
          return (
            <li key={group} className={styles.kpi} data-estimate-scope="">
              <span className={`${styles.kpiValue} num`} data-kpi-value={`compute ${group}`} data-estimate={k.compute[group].shown} style={{ ['--chars' as string]: value.length }}>
                {value}
              </span>
              <span className={styles.kpiLabel}>{compute.t(group === 'now' ? 'kpiNow' : 'kpiComing')}</span>
              <span className={styles.kpiSource}>
                <EstimateLink words={compute} /> · {compute.coverage(k.compute[group], k.compute.factories)}
              </span>
            </li>
          );
        })}
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

function ComputeSlide({ view }: SlideProps) {
  const words = useComputeWords();
  const model = computeModel(view);
  return (
    <Frame id="compute" title={words.t('title')} takeaway={model.takeaway} view={view}>
      <div className={styles.compute} data-estimate-scope="">
        <EstimateNote words={words} />
        <StatusLegend statuses={model.legend} words={words} />
        <ComputeBars model={model} words={words} label={words.t('perMachine')} compact />
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

/** The plans that moved, the largest slips first: as many as a screen reads from across a room. */
const SCREEN_PLANS = 5;

/** Each moved plan in a line: the machine, its first plan and where it stands now, the slip; the sources are on `/`. */
function PlansSlide({ view }: SlideProps) {
  const { t } = useWords(view);
  const words = useTranslations('plans');
  const fmt = useFormats();
  const model = plansModel(view);
  const rows = model.rows.filter((r) => r.slipMonths !== 0).slice(0, SCREEN_PLANS);
  return (
    <Frame id="plans" title={t('plansTitle')} takeaway={model.takeaway} view={view}>
      <ol className={styles.plans}>
        {rows.map((r) => (
          <li key={r.id} data-plan-row={r.id} data-slip={r.slipMonths}>
            <span className={styles.planName}>
              {r.factory}
              {r.machine ? ` · ${r.machine}` : ''}
            </span>
            <span className={styles.planDates}>
              {fmt.date(r.plans[0]!.date)} → {fmt.date(r.delivered ?? r.plans.at(-1)!.date)}
            </span>
            <span className={styles.planSlip}>{slipText(r, words)}</span>
          </li>
        ))}
      </ol>
    </Frame>
  );
}

export const SLIDES: Record<SlideFigure, (props: SlideProps) => React.ReactNode> = {
  kpis: KpiSlide,
  map: MapSlide,
  sectors: SectorSlide,
  funding: FundingSlide,
  compute: ComputeSlide,
  timeline: TimelineSlide,
  plans: PlansSlide,
  growth: GrowthSlide,
};
