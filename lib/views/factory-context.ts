// One factory among the others, for its page: where its announced investment ranks, which factories share most of
// its sectors, and which three are closest to compare it with.
import type { Factory } from '../data/schema';
import { distanceKm } from '../geo/distance';

type Sited = Pick<Factory, 'id' | 'name' | 'wave' | 'sectors' | 'location'>;

/** Sectors two factories both cover. */
function sharedSectors(a: Pick<Factory, 'sectors'>, b: Pick<Factory, 'sectors'>): string[] {
  return a.sectors.filter((s) => b.sectors.includes(s));
}

/**
 * Where the factory's announced total ranks among the factories that disclose one, largest first. Ties share a
 * rank ("2nd" twice, then "4th"), and `tied` says how many share it; an undisclosed total has no rank.
 */
export type InvestmentRank =
  | { disclosed: true; rank: number; of: number; tied: number }
  | { disclosed: false; of: number };

export function investmentRank(factories: readonly Pick<Factory, 'id' | 'funding'>[], id: string): InvestmentRank {
  const totals = factories.map((f) => f.funding.totalEur).filter((n): n is number => n !== null);
  const own = factories.find((f) => f.id === id)?.funding.totalEur ?? null;
  if (own === null) return { disclosed: false, of: totals.length };
  return {
    disclosed: true,
    rank: totals.filter((n) => n > own).length + 1,
    of: totals.length,
    tied: totals.filter((n) => n === own).length,
  };
}

export interface Neighbour {
  id: string;
  name: string;
  shared: string[];
}

/** The factories that share most of its sectors (at least one), most first, then by name; at most `limit`. */
export function sectorNeighbours(factories: readonly Sited[], id: string, limit = 3): Neighbour[] {
  const self = factories.find((f) => f.id === id);
  if (!self) return [];
  return factories
    .filter((f) => f.id !== id)
    .map((f) => ({ id: f.id, name: f.name, shared: sharedSectors(self, f) }))
    .filter((n) => n.shared.length > 0)
    .sort((a, b) => b.shared.length - a.shared.length || a.name.localeCompare(b.name, 'en'))
    .slice(0, limit);
}

export interface CompareCandidate extends Neighbour {
  sameWave: boolean;
  km: number;
}

/**
 * The factories closest to this one, to compare it with: the same wave first (selected together, at the same stage),
 * then the most shared sectors, then the nearest. A total order: the name breaks what is left.
 */
export function closestFactories(factories: readonly Sited[], id: string, limit = 3): CompareCandidate[] {
  const self = factories.find((f) => f.id === id);
  if (!self) return [];
  return factories
    .filter((f) => f.id !== id)
    .map((f) => ({ id: f.id, name: f.name, shared: sharedSectors(self, f), sameWave: f.wave === self.wave, km: distanceKm(self.location, f.location) }))
    .sort(
      (a, b) =>
        Number(b.sameWave) - Number(a.sameWave) ||
        b.shared.length - a.shared.length ||
        a.km - b.km ||
        a.name.localeCompare(b.name, 'en'),
    )
    .slice(0, limit);
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The part of the map that holds these points, with a margin, at least `min` pixels a side and the map's own aspect
 * ratio, kept inside the map: a factory with no partner still shows its neighbourhood.
 */
export function cropAround(points: readonly (readonly [number, number])[], map: { width: number; height: number }, margin = 60, min = 320): Box {
  if (!points.length) return { x: 0, y: 0, width: map.width, height: map.height };
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const ratio = map.width / map.height;
  let width = Math.max(Math.max(...xs) - Math.min(...xs) + 2 * margin, min);
  let height = Math.max(Math.max(...ys) - Math.min(...ys) + 2 * margin, min / ratio);
  // Widen or heighten to the map's ratio, then never past the map itself.
  if (width / height < ratio) width = height * ratio;
  else height = width / ratio;
  width = Math.min(width, map.width);
  height = Math.min(height, map.height);
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
  const cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  const clamp = (v: number, size: number, room: number) => Math.round(Math.min(Math.max(v - size / 2, 0), room - size));
  return { x: clamp(cx, width, map.width), y: clamp(cy, height, map.height), width: Math.round(width), height: Math.round(height) };
}
