// A compact SVG path writer: whole-pixel coordinates, relative moves, repeated points dropped.
// The map's paths ship in the HTML, so every byte counts (docs/performance.md: HTML of / ≤ 45 KB brotli).

type Point = [number, number];

/** Collects rings from d3-geo's path context API, rounding each point to whole pixels. */
export class RingCollector {
  rings: Point[][] = [];
  private current: Point[] | null = null;

  moveTo(x: number, y: number) {
    this.current = [[Math.round(x), Math.round(y)]];
    this.rings.push(this.current);
  }

  lineTo(x: number, y: number) {
    const p: Point = [Math.round(x), Math.round(y)];
    const last = this.current?.[this.current.length - 1];
    if (this.current && (!last || last[0] !== p[0] || last[1] !== p[1])) this.current.push(p);
  }

  closePath() {
    this.current = null;
  }

  beginPath() {}

  // d3 calls arc() only for Point geometries, which the map never draws through this context.
  arc() {}
}

function num(n: number, first: boolean): string {
  // Negative numbers carry their own separator ("-"), positive ones need a space unless first.
  return n < 0 || first ? String(n) : ` ${n}`;
}

/** Rings of fewer than 3 distinct points vanish at this scale and are dropped. */
export function ringsToPath(rings: readonly Point[][]): string {
  let d = '';
  let pen: Point = [0, 0];
  for (const ring of rings) {
    const points = ring.length > 1 && same(ring[0]!, ring[ring.length - 1]!) ? ring.slice(0, -1) : ring;
    if (points.length < 3) continue;
    const [x0, y0] = points[0]!;
    d += `${d ? 'm' : 'M'}${num(d ? x0 - pen[0] : x0, true)}${num(d ? y0 - pen[1] : y0, false)}l`;
    let prev = points[0]!;
    points.slice(1).forEach(([x, y], i) => {
      d += num(x - prev[0], i === 0) + num(y - prev[1], false);
      prev = [x, y];
    });
    d += 'z';
    pen = [x0, y0];
  }
  return d;
}

/**
 * Douglas–Peucker on a closed ring: drops every point that lies within `tolerance` pixels of the line its kept
 * neighbours draw (straight runs of whole-pixel steps first of all), so the shape moves by less than that.
 */
export function simplifyRing(ring: readonly Point[], tolerance: number): Point[] {
  if (ring.length < 4) return [...ring];
  // The ring closes on its first point: simplify the open run from it back to it.
  const run = same(ring[0]!, ring[ring.length - 1]!) ? ring : [...ring, ring[0]!];
  const keep = new Uint8Array(run.length);
  keep[0] = keep[run.length - 1] = 1;
  const spans: Array<[number, number]> = [[0, run.length - 1]];
  for (let span = spans.pop(); span; span = spans.pop()) {
    const [from, to] = span;
    let farthest = -1;
    let distance = tolerance;
    for (let i = from + 1; i < to; i++) {
      const d = distanceToSegment(run[i]!, run[from]!, run[to]!);
      if (d > distance) [farthest, distance] = [i, d];
    }
    if (farthest > 0) {
      keep[farthest] = 1;
      spans.push([from, farthest], [farthest, to]);
    }
  }
  return run.slice(0, -1).filter((_, i) => keep[i]);
}

function distanceToSegment([x, y]: Point, [x1, y1]: Point, [x2, y2]: Point): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length = Math.hypot(dx, dy);
  // A ring's first and last point coincide: measure from that point.
  if (length === 0) return Math.hypot(x - x1, y - y1);
  return Math.abs(dx * (y1 - y) - dy * (x1 - x)) / length;
}

function same(a: Point, b: Point): boolean {
  return a[0] === b[0] && a[1] === b[1];
}
