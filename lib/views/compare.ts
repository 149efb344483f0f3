// Two to four factories side by side (/compare?ids=a,b,c): one column per factory, the sectors two or more of them
// share, and the money on one scale, so a longer bar is more money whichever column it sits in.
import { factoryEvents, type DatedEvent } from '../data/events';
import type { Antenna, ChipTable, Factory } from '../data/schema';
import { machineRow, type ComputeRow } from './compute';
import { antennasOf } from './filtered';

import { COMPARE_MAX, COMPARE_MIN } from '../url/compare';

/** A money figure and its bar's length as a share of the comparison's largest figure (null: not disclosed). */
export interface MoneyBar {
  eur: number | null;
  share: number | null;
}

export interface CompareColumn {
  factory: Factory;
  /** The factory's sectors, each marked when at least one other compared factory has it too. */
  sectors: { slug: string; shared: boolean }[];
  antennas: Antenna[];
  events: DatedEvent[];
  funding: { total: MoneyBar; eu: MoneyBar; national: MoneyBar };
  /** Each machine as the compute figure reads it, with every accelerator model its sources name (counted or not). */
  machines: (ComputeRow & { models: string[] })[];
}

export interface CompareModel {
  /** False below two known ids: the page offers the chooser instead of a table. */
  enough: boolean;
  ids: string[];
  columns: CompareColumn[];
  /** Sectors at least two of the compared factories cover, in the controlled list's order. */
  shared: string[];
  /** The largest disclosed figure among the compared factories: every bar's 100 %. Null when none discloses any. */
  scale: number | null;
}

function bar(eur: number | null, scale: number | null): MoneyBar {
  return { eur, share: eur === null || !scale ? null : eur / scale };
}

/** `ids` as parseCompareIds returns them; any id the data does not hold is left out here too. */
export function compareModel(
  data: { factories: readonly Factory[]; antennas: readonly Antenna[]; sectors: readonly { slug: string }[]; chips: ChipTable },
  ids: readonly string[]): CompareModel {
  const chosen = [...new Set(ids)].flatMap((id) => data.factories.filter((f) => f.id === id)).slice(0, COMPARE_MAX);
  const coverage = new Map<string, number>();
  for (const f of chosen) for (const s of new Set(f.sectors)) coverage.set(s, (coverage.get(s) ?? 0) + 1);
  const isShared = (slug: string) => (coverage.get(slug) ?? 0) >= 2;
  const figures = chosen.flatMap(({ funding: { totalEur, euEur, nationalEur } }) => [totalEur, euEur, nationalEur]);
  const disclosed = figures.filter((n): n is number => n !== null);
  const scale = disclosed.length ? Math.max(...disclosed) : null;
  return {
    enough: chosen.length >= COMPARE_MIN,
    ids: chosen.map((f) => f.id),
    columns: chosen.map((f) => ({
      factory: f,
      sectors: f.sectors.map((slug) => ({ slug, shared: isShared(slug) })),
      antennas: antennasOf(f.id, data.antennas),
      events: factoryEvents(f),
      funding: { total: bar(f.funding.totalEur, scale), eu: bar(f.funding.euEur, scale), national: bar(f.funding.nationalEur, scale) },
      machines: f.machines.map((m) => ({ ...machineRow(f, m, data.chips), models: m.accelerators.map((a) => a.model) })),
    })),
    shared: data.sectors.map((s) => s.slug).filter(isShared),
    scale,
  };
}

/** `ai-factories-2025-10-10-compare-alpha-beta.csv`: the file says which factories it holds. */
export function compareCsvFileName(asOf: string, ids: readonly string[]): string {
  return `ai-factories-${asOf}-compare-${ids.join('-')}.csv`;
}
