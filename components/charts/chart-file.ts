'use client';

// "Download this chart" at work: the chart's SVG cloned with its computed styles and the map's outlines inlined,
// framed, saved as SVG or PNG. Loaded when a reader first presses a download button
// (components/charts/chart-download.tsx), not with the page.
import { chartFileName, frameChartSvg, frameSize, spriteOutlines } from '@/lib/export/chart-image';
import { saveBlob } from '@/components/site/download';

// Presentation properties whose computed values replace the page's CSS (custom properties, classes, themes),
// which a standalone file or an <img> does not have.
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
];

function resolvedColour(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

function backgroundOf(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return '#ffffff';
}

/**
 * A map draws each country as a `<use>` of an outline in the site's sprite file, which a standalone file cannot
 * reach: each becomes the path it points at, keeping its attributes and the style inlined on it. The sprite is in
 * the browser's cache, since the map on the page loaded it.
 */
async function inlineOutlines(clone: SVGSVGElement) {
  const uses = [...clone.querySelectorAll('use')];
  const files = new Set(uses.map((use) => use.getAttribute('href')?.split('#')[0]).filter((file): file is string => Boolean(file)));
  const outlines = new Map<string, string>();
  for (const file of files) {
    const sprite = await fetch(file).then((response) => response.text());
    for (const [id, d] of spriteOutlines(sprite)) outlines.set(`${file}#${id}`, d);
  }
  for (const use of uses) {
    const d = outlines.get(use.getAttribute('href') ?? '');
    if (!d) continue;
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    for (const attribute of use.attributes) if (attribute.name !== 'href') path.setAttribute(attribute.name, attribute.value);
    path.setAttribute('d', d);
    path.append(...use.childNodes);
    use.replaceWith(path);
  }
}

/** A standalone copy of the chart: computed styles inlined, framed with background, title and source. */
async function framedSvg(svg: SVGSVGElement, title: string, source: string) {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const hidden: Element[] = [];
  const computed = originals.map((node) => getComputedStyle(node));
  originals.forEach((original, i) => {
    const copy = copies[i];
    const own = computed[i]!;
    const parent = original.parentElement ? computed[originals.indexOf(original.parentElement)] : undefined;
    if (!copy) return;
    if (own.display === 'none') hidden.push(copy);
    // Inherited values are written once, where they change; opacity does not inherit, so it is kept when set.
    const declarations = PROPERTIES.filter((p) =>
      p === 'opacity' ? own.opacity !== '1' : !parent || parent.getPropertyValue(p) !== own.getPropertyValue(p),
    ).map((p) => `${p}:${own.getPropertyValue(p)}`);
    copy.removeAttribute('style');
    if (declarations.length) copy.setAttribute('style', declarations.join(';'));
    // Presentation attributes such as fill="var(--c-host)" mean nothing outside the page.
    for (const attribute of [...copy.attributes]) if (attribute.value.includes('var(')) copy.removeAttribute(attribute.name);
  });
  // foreignObject would taint the canvas; hidden nodes add nothing.
  for (const node of [...hidden, ...clone.querySelectorAll('foreignObject')]) node.remove();
  await inlineOutlines(clone);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const body = getComputedStyle(document.body);
  const markup = frameChartSvg({
    chart: new XMLSerializer().serializeToString(clone),
    width,
    height,
    title,
    source,
    background: backgroundOf(svg),
    ink: body.color,
    muted: resolvedColour('--muted', body.color),
    fontFamily: body.fontFamily,
  });
  return { markup, ...frameSize(width, height) };
}

async function pngOf(markup: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    // At least 2× so the image stays sharp on a high-density screen or a slide.
    const scale = Math.max(2, window.devicePixelRatio || 1);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a chart's `<svg>`, framed with its title and source, as `<name>.svg` or `<name>.png`. */
export async function saveChart(svg: SVGSVGElement, kind: 'svg' | 'png', { name, title, source }: { name: string; title: string; source: string }) {
  const { markup, width, height } = await framedSvg(svg, title, source);
  const blob = kind === 'svg' ? new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }) : await pngOf(markup, width, height);
  saveBlob(blob, chartFileName(name, kind));
}
