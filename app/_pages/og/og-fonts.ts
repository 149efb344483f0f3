import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Noto Sans from the pinned @fontsource package, read at build time: Latin with its extensions (Łódź, ș, č), Greek and
 * Cyrillic (Bulgarian), in the two weights the images use. Every glyph the images draw must be here: for a missing
 * one, next/og would fetch a font from another origin.
 */
const SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic', 'cyrillic-ext'] as const;
const WEIGHTS = [400, 700] as const;

type Font = { name: string; data: ArrayBuffer; weight: 400 | 700; style: 'normal' };
let fonts: Promise<Font[]> | undefined;

/**
 * One family per subset, listed in this order as the images' font-family: satori falls back from family to family for
 * a glyph, not between files of one family.
 */
export const OG_FONT_FAMILY = SUBSETS.map((subset) => `Noto Sans ${subset}`).join(', ');

export function ogFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    WEIGHTS.flatMap((weight) =>
      SUBSETS.map(async (subset) => {
        const file = path.join(process.cwd(), 'node_modules/@fontsource/noto-sans/files', `noto-sans-${subset}-${weight}-normal.woff`);
        const bytes = await readFile(file);
        return { name: `Noto Sans ${subset}`, data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, weight, style: 'normal' as const };
      }),
    ),
  );
  return fonts;
}
