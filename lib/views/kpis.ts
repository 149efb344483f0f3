// Key figures: counts of the shown factories and antennas, and the headline money, which names the true total of
// the view shown (the programme's, or the waves'), so a partial sum is never called the total.
import type { Programme, Source, Wave } from '../data/schema';
import type { Filters } from '../url/filters';
import { participants, type FilteredView } from './filtered';
import { dated } from './dated';
import { computeModel, type GroupSum } from './compute';
import { disclosedInvestment } from './funding';
import { message, type Message } from '../i18n/message';

export interface HeadlineMoney {
  /**
   * `programme`: no filter, the commitment stated for the whole initiative.
   * `waves`: only a wave filter, the total announced for those waves.
   * `disclosed`: any other filter, the sum of the per-factory totals that are disclosed.
   */
  kind: 'programme' | 'waves' | 'disclosed';
  /** The exact figure; null when only a lower bound was stated ("over €X"). */
  exactEur: number | null;
  /** The stated lower bound, shown as "over €X"; null when the figure is exact. */
  minEur: number | null;
  /** Where the figure comes from (empty for a sum of per-factory figures: each record has its own). */
  sources: Source[];
  /** What the figure is: its source and date, or that it is a sum of per-factory figures. */
  note: Message;
  /** Beside a programme or wave total: what the per-factory figures add up to; null for a sum itself. */
  perFactory: Message | null;
  /** The per-factory totals of the shown factories that are disclosed, summed, and how many there are. */
  disclosedEur: number;
  disclosedFactories: number;
  factories: number;
}

export interface KpisModel {
  factories: number;
  antennas: number;
  hostCountries: number;
  participatingCountries: number;
  sectors: number;
  money: HeadlineMoney;
  /** The estimated compute in operation now and still to come, each with the factories it covers: never one sum. */
  compute: { now: GroupSum; coming: GroupSum; factories: number };
  takeaway: Message[];
}

export function headlineMoney(view: Pick<FilteredView, 'factories' | 'filtered' | 'filters'>, waves: readonly Wave[], programme: Programme): HeadlineMoney {
  const disclosed = disclosedInvestment(view.factories);
  const base = { disclosedEur: disclosed.eur, disclosedFactories: disclosed.factories, factories: view.factories.length };
  const counts = { disclosed: disclosed.factories, shown: view.factories.length };
  const perFactory = message('moneyPerFactory', { sum: { eur: disclosed.eur }, ...counts });
  if (!view.filtered)
    return {
      kind: 'programme',
      exactEur: programme.committedEur,
      minEur: programme.committedEur === null ? (programme.committedMinEur ?? null) : null,
      sources: programme.sources.slice(0, 1),
      note: message('moneyProgrammeNote', { date: { date: programme.statedOn } }),
      perFactory,
      ...base,
    };
  const chosen = onlyWaves(view.filters) ? waves.filter((w) => view.filters.waves.includes(w.id)) : [];
  // A wave announced with no figure at all cannot make a wave total; the disclosed sum is then all there is.
  if (chosen.length && chosen.every((w) => w.announcedEur !== null || w.announcedMinEur !== undefined)) {
    const sum = chosen.reduce((total, w) => total + (w.announcedEur ?? w.announcedMinEur ?? 0), 0);
    const bounded = chosen.some((w) => w.announcedEur === null);
    return {
      kind: 'waves',
      exactEur: bounded ? null : sum,
      minEur: bounded ? sum : null,
      sources: chosen.flatMap((w) => w.sources.slice(0, 1)),
      note: message('moneyWaveNote'),
      perFactory,
      ...base,
    };
  }
  return { kind: 'disclosed', exactEur: disclosed.eur, minEur: null, sources: [], note: message('moneyDisclosedNote', counts), perFactory: null, ...base };
}

function onlyWaves(filters: Filters): boolean {
  return filters.waves.length > 0 && !filters.countries.length && !filters.sectors.length && !filters.q;
}

export function kpisModel(view: FilteredView): KpisModel {
  const { factories, antennas } = view;
  const hostCountries = new Set(factories.map((f) => f.country)).size;
  const participatingCountries = new Set(factories.flatMap(participants)).size;
  return {
    factories: factories.length,
    antennas: antennas.length,
    hostCountries,
    participatingCountries,
    sectors: new Set(factories.flatMap((f) => f.sectors)).size,
    money: headlineMoney(view, view.data.waves, view.data.programme),
    compute: (({ now, coming, factories: shown }) => ({ now, coming, factories: shown }))(computeModel(view)),
    takeaway: dated(
      view,
      factories.length ? [message('kpis', { factories: factories.length, hosts: hostCountries, countries: participatingCountries })] : [message('noMatch')],
    ),
  };
}
