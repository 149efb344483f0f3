// Funding: the investment each factory discloses and each wave announced, EU and national parts where stated.
// One model for the funding bars, their tables, the funding slide and the funding embed; the headline money
// (kpis.ts) takes its per-factory sum from here.
import type { Factory, Wave } from '../data/schema';
import type { FilteredView } from './filtered';
import { dated } from './dated';
import { message, type Message } from '../i18n/message';
import { factoryShortName } from './names';
import type { BarChart } from './series';

export interface FactoryFunding {
  id: string;
  name: string;
  /** The acronym or the name's first part: short enough for a chart's axis. */
  short: string;
  wave: number;
  totalEur: number | null;
  euEur: number | null;
  nationalEur: number | null;
  /** The part of a disclosed total that no source splits into EU or national money. */
  unsplitEur: number | null;
}

export interface WaveFunding {
  id: number;
  label: string;
  selectedOn: string;
  /** Factories of the wave among those shown. */
  factories: number;
  /** The wave's investment as announced (EU and national together). */
  announcedEur: number | null;
  /** "over €X" when only a lower bound was announced. */
  announcedMinEur: number | null;
  announcedEuEur: number | null;
  /** The announced total less its stated EU part: national money, or money no source splits. */
  restEur: number | null;
}

export interface FundingModel {
  /** Per factory, largest disclosed total first; undisclosed totals last, by name. */
  factories: FactoryFunding[];
  /** Per wave among the shown factories, oldest first; a wave with none of them shown is left out. */
  waves: WaveFunding[];
  factoryBars: BarChart;
  waveBars: BarChart;
  /**
   * True when the view is filtered: a wave's bar is still the whole wave's announcement (no source splits it per
   * factory), so the chart must say so.
   */
  wavesWhole: boolean;
  /** The disclosed per-factory totals of the shown factories, summed, and how many there are. */
  disclosedEur: number;
  disclosedFactories: number;
  takeaway: Message[];
}

export function factoryFunding(factories: readonly Factory[]): FactoryFunding[] {
  return factories
    .map((f) => {
      const { totalEur, euEur, nationalEur } = f.funding;
      return {
        id: f.id,
        name: f.name,
        short: factoryShortName(f),
        wave: f.wave,
        totalEur,
        euEur,
        nationalEur,
        unsplitEur: totalEur === null ? null : totalEur - (euEur ?? 0) - (nationalEur ?? 0),
      };
    })
    .sort(
      (a, b) =>
        (a.totalEur === null ? 1 : 0) - (b.totalEur === null ? 1 : 0) ||
        (b.totalEur ?? 0) - (a.totalEur ?? 0) ||
        a.name.localeCompare(b.name),
    );
}

export function waveFunding(factories: readonly Factory[], waves: readonly Wave[]): WaveFunding[] {
  return waves
    .map((w) => ({
      id: w.id,
      label: w.label,
      selectedOn: w.selectedOn,
      factories: factories.filter((f) => f.wave === w.id).length,
      announcedEur: w.announcedEur,
      announcedMinEur: w.announcedMinEur ?? null,
      announcedEuEur: w.euEur,
      restEur: w.announcedEur === null ? null : w.announcedEur - (w.euEur ?? 0),
    }))
    .filter((w) => w.factories > 0)
    .sort((a, b) => a.selectedOn.localeCompare(b.selectedOn) || a.id - b.id);
}

/** The sum of the disclosed totals and how many factories it covers: never a programme total. */
export function disclosedInvestment(factories: readonly Pick<Factory, 'funding'>[]): { eur: number; factories: number } {
  const disclosed = factories.filter((f) => f.funding.totalEur !== null);
  return { eur: disclosed.reduce((sum, f) => sum + (f.funding.totalEur ?? 0), 0), factories: disclosed.length };
}

function takeaway(rows: readonly FactoryFunding[], disclosed: { eur: number; factories: number }): Message[] {
  if (!rows.length) return [message('noMatch')];
  const top = rows[0]!;
  if (top.totalEur === null) return [message('fundingNotDisclosed', { count: rows.length })];
  const values = { disclosed: disclosed.factories, shown: rows.length, top: { text: top.short }, topTotal: { eur: top.totalEur } };
  if (disclosed.factories === 1) return [message('fundingOne', values)];
  return [message('fundingMany', { ...values, total: { eur: disclosed.eur } })];
}

export function fundingModel(view: Pick<FilteredView, 'factories' | 'data' | 'filtered'> & Partial<Pick<FilteredView, 'asOf'>>): FundingModel {
  const rows = factoryFunding(view.factories);
  const waves = waveFunding(view.factories, view.data.waves);
  const disclosed = disclosedInvestment(view.factories);
  return {
    factories: rows,
    waves,
    factoryBars: {
      unit: 'eur',
      legend: ['eu', 'national', 'unsplit'],
      rows: rows.map((r) => ({
        key: r.id,
        label: { text: r.short },
        total: r.totalEur,
        segments: [
          { series: 'eu', value: r.euEur ?? 0 },
          { series: 'national', value: r.nationalEur ?? 0 },
          { series: 'unsplit', value: r.unsplitEur ?? 0 },
        ],
      })),
    },
    waveBars: {
      unit: 'eur',
      legend: ['eu', 'rest'],
      rows: waves.map((w) => ({
        key: String(w.id),
        label: { text: w.label },
        total: w.announcedEur ?? w.announcedMinEur,
        atLeast: w.announcedEur === null && w.announcedMinEur !== null,
        segments: [
          { series: 'eu', value: w.announcedEuEur ?? 0 },
          { series: 'rest', value: w.restEur ?? w.announcedMinEur ?? 0 },
        ],
      })),
    },
    wavesWhole: view.filtered,
    disclosedEur: disclosed.eur,
    disclosedFactories: disclosed.factories,
    takeaway: dated(view, takeaway(rows, disclosed)),
  };
}
