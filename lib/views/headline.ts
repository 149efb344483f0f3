// The headline money figure: which total is true for the view shown, so a partial sum is never called the total.
import { isFiltered, type Filters } from '../url/filters';
import type { Factory, Programme, Source, Wave } from '../data/schema';

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
  /** The per-factory totals of the shown factories that are disclosed, summed, and how many there are. */
  disclosedEur: number;
  disclosedFactories: number;
  factories: number;
}

export function headlineMoney(
  shown: readonly Factory[],
  filters: Filters,
  waves: readonly Wave[],
  programme: Programme,
): HeadlineMoney {
  const disclosed = shown.filter((f) => f.funding.totalEur !== null);
  const base = {
    disclosedEur: disclosed.reduce((sum, f) => sum + (f.funding.totalEur ?? 0), 0),
    disclosedFactories: disclosed.length,
    factories: shown.length,
  };
  if (!isFiltered(filters))
    return {
      kind: 'programme',
      exactEur: programme.committedEur,
      minEur: programme.committedEur === null ? (programme.committedMinEur ?? null) : null,
      sources: programme.sources.slice(0, 1),
      ...base,
    };

  const onlyWaves = !filters.countries.length && !filters.sectors.length && !filters.q;
  const chosen = waves.filter((w) => filters.waves.includes(w.id));
  // A wave announced with no figure at all cannot make a wave total; the disclosed sum is then all there is.
  if (onlyWaves && chosen.length && chosen.every((w) => w.announcedEur !== null || w.announcedMinEur !== undefined)) {
    const sum = chosen.reduce((total, w) => total + (w.announcedEur ?? w.announcedMinEur ?? 0), 0);
    const bounded = chosen.some((w) => w.announcedEur === null);
    return {
      kind: 'waves',
      exactEur: bounded ? null : sum,
      minEur: bounded ? sum : null,
      sources: chosen.flatMap((w) => w.sources.slice(0, 1)),
      ...base,
    };
  }
  return { kind: 'disclosed', exactEur: base.disclosedEur, minEur: null, sources: [], ...base };
}
