// Pure parts of "download this chart": file names and the SVG frame (background, title, source line)
// put around a chart's own SVG. The DOM work (cloning, computed colours, canvas) is in components/charts/chart-file.ts.

/** "Country spread!" + "png" → "country-spread.png"; never empty, never a path. */
export function chartFileName(name: string, extension: 'svg' | 'png'): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'chart'}.${extension}`;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ''); // not allowed in XML 1.0
}

export interface ChartFrame {
  /** The chart's serialized `<svg>` element, sized `width` × `height`. */
  chart: string;
  width: number;
  height: number;
  title: string;
  source: string;
  background: string;
  ink: string;
  muted: string;
  fontFamily: string;
}

const FRAME = { pad: 16, titleSize: 16, sourceSize: 11, gap: 12 } as const;

/** The size of the framed image for a chart of `width` × `height`. */
export function frameSize(width: number, height: number): { width: number; height: number } {
  const { pad, titleSize, sourceSize, gap } = FRAME;
  return {
    width: Math.ceil(width + 2 * pad),
    height: Math.ceil(pad + titleSize + gap + height + gap + sourceSize + pad),
  };
}

/** A standalone SVG document: background, title on top, the chart, the source line at the bottom. */
export function frameChartSvg(frame: ChartFrame): string {
  const { pad, titleSize, sourceSize, gap } = FRAME;
  const size = frameSize(frame.width, frame.height);
  const font = escapeXml(frame.fontFamily);
  const chartTop = pad + titleSize + gap;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}">`,
    `<rect width="100%" height="100%" fill="${escapeXml(frame.background)}"/>`,
    `<text x="${pad}" y="${pad + titleSize * 0.8}" fill="${escapeXml(frame.ink)}" font-family="${font}" font-size="${titleSize}" font-weight="700">${escapeXml(frame.title)}</text>`,
    `<g transform="translate(${pad} ${chartTop})">${frame.chart}</g>`,
    `<text x="${pad}" y="${size.height - pad}" fill="${escapeXml(frame.muted)}" font-family="${font}" font-size="${sourceSize}">${escapeXml(frame.source)}</text>`,
    `</svg>`,
  ].join('');
}

/**
 * The outlines in a sprite file (lib/geo/europe.ts, mapSprite), by id: a downloaded map is a file of its own, so the
 * `<use>` references it draws on the page become the paths they point at.
 */
export function spriteOutlines(sprite: string): Map<string, string> {
  return new Map([...sprite.matchAll(/<path id="([^"]+)" d="([^"]+)"\/>/g)].map((m) => [m[1]!, m[2]!]));
}
