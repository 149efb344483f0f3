// A printed PDF as paper shows it: poppler's pdftoppm rasterises each page at 72 dpi (one pixel a point), and
// pdftotext -bbox says where each word stands, so a test can look at the ink where a chart was printed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Raster {
  width: number;
  height: number;
  /** RGB, three bytes a pixel, row by row. */
  rgb: Buffer;
}

export interface Word {
  page: number;
  text: string;
  x: number;
  y: number;
  bottom: number;
}

/** Reads a binary PPM (P6, 8 bits a channel), as pdftoppm writes it. */
function readPpm(bytes: Buffer): Raster {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a P6 PPM of 8-bit channels');
  const [all, width, height] = header as unknown as [string, string, string];
  return { width: Number(width), height: Number(height), rgb: bytes.subarray(all.length) };
}

/** Every page of the PDF as pixels, at 72 dpi. */
export function rasterise(pdf: string): Raster[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  try {
    execFileSync('pdftoppm', ['-r', '72', pdf, join(dir, 'page')]);
    return readdirSync(dir)
      .sort()
      .map((file) => readPpm(readFileSync(join(dir, file))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every word of the PDF with its page (from 0) and box, in points from the page's top left. */
export function words(pdf: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  const found: Word[] = [];
  html.split('<page ').slice(1).forEach((page, index) => {
    for (const [, x, y, , bottom, text] of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g))
      found.push({ page: index, text: decode(text!), x: Number(x), y: Number(y), bottom: Number(bottom) });
  });
  return found;
}

const decode = (text: string) => text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** Where a phrase is printed: the page and box of its first occurrence, its words in a row. */
export function findPhrase(all: readonly Word[], phrase: string): Word | undefined {
  const wanted = phrase.split(/\s+/);
  for (let i = 0; i + wanted.length <= all.length; i++)
    if (wanted.every((w, j) => all[i + j]!.text === w && all[i + j]!.page === all[i]!.page)) return { ...all[i]!, bottom: all[i + wanted.length - 1]!.bottom };
  return undefined;
}

/** `#rrggbb` as [r, g, b]. */
export function rgbOf(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [n >> 16, (n >> 8) & 255, n & 255];
}

/**
 * The bars drawn in the rows [top, bottom) of a page, in any of `colours`: each band of consecutive pixel rows
 * holding that colour, with the longest run of it in the band, in points. A bar that prints blank, or as a
 * sliver, shows here; text and rules do not match the palette.
 */
export function bands(page: Raster, top: number, bottom: number, colours: readonly [number, number, number][]): { y: number; height: number; length: number }[] {
  const near = (i: number) => colours.some(([r, g, b]) => Math.abs(page.rgb[i]! - r) + Math.abs(page.rgb[i + 1]! - g) + Math.abs(page.rgb[i + 2]! - b) < 24);
  const found: { y: number; height: number; length: number }[] = [];
  let open: { y: number; height: number; length: number } | undefined;
  for (let y = Math.max(0, Math.floor(top)); y < Math.min(page.height, Math.ceil(bottom)); y++) {
    let longest = 0;
    let run = 0;
    for (let x = 0; x < page.width; x++) {
      run = near((y * page.width + x) * 3) ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    // Two points at least: anti-aliased text in a palette colour gives single pixels, not runs.
    if (longest >= 2) {
      if (open) {
        open.length = Math.max(open.length, longest);
        open.height++;
      } else found.push((open = { y, height: 1, length: longest }));
    } else open = undefined;
  }
  return found;
}
