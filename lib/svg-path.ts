// A compact SVG path writer: whole-pixel coordinates, relative moves, repeated points dropped.
// The map's paths ship in the HTML, so every byte counts (DESIGN §8: HTML of / ≤ 40 KB brotli).

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

function same(a: Point, b: Point): boolean {
  return a[0] === b[0] && a[1] === b[1];
}
