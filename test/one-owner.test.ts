// One owner per list: the figures are named as a list only in lib/figures/registry.ts and the languages only in
// lib/i18n/locale-codes.js. A second list would drift from the first (as the five figure lists and four language
// lists before the registry did), so this scans the sources for one: any array literal that spells several of them.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIGURE_IDS } from '@/lib/figures/registry';
import { LOCALES } from '@/lib/i18n/locales';

/**
 * The code the site, its scripts and its servers run: tests (which enumerate on purpose) and messages aside. Read
 * from the folders, not from git, so the scan holds in a copy of the tree (the mutation run's sandbox).
 */
const SOURCES = [
  ...readdirSync('.', { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name),
  ...['app', 'components', 'lib', 'i18n', 'scripts', 'public'].flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => `${dir}/${f}`)),
]
  .filter((f) => /\.(ts|tsx|js|mjs|cjs)$/.test(f) && !/\.test\.ts$/.test(f) && !f.endsWith('.d.ts'));

/** Array literals (no nested brackets) in `text` that quote at least `min` distinct members of `names`. */
export function listsOf(text: string, names: readonly string[], min: number): string[] {
  const known = new Set(names);
  return [...text.matchAll(/\[([^[\]]*)\]/g)].flatMap(([literal, body]) => {
    const quoted = new Set([...body!.matchAll(/['"`]([\w-]+)['"`]/g)].map((m) => m[1]!).filter((w) => known.has(w)));
    return quoted.size >= min ? [literal] : [];
  });
}

function secondLists(names: readonly string[], min: number, owner: string): string[] {
  return SOURCES.filter((f) => f !== owner).flatMap((file) => listsOf(readFileSync(file, 'utf8'), names, min).map((list) => `${file}: ${list}`));
}

describe('one owner per list', () => {
  it('finds a list when there is one (the scan itself)', () => {
    expect(listsOf("const VIEWS = ['kpis', 'map', 'sectors'] as const;", FIGURE_IDS, 3)).toHaveLength(1);
    expect(listsOf("const NS = ['format', 'kpis', 'map'];", FIGURE_IDS, 3)).toEqual([]);
    expect(listsOf('const L = /^\\/(de|fr)/; const X = ["de", "fr", "it", "pl"];', LOCALES, 4)).toHaveLength(1);
  });

  it('scans the sources', () => {
    expect(SOURCES).toContain('lib/figures/registry.ts');
    expect(SOURCES).toContain('scripts/bench.mjs');
    expect(SOURCES.length).toBeGreaterThan(100);
  });

  it('names the figures as a list only in the registry', () => {
    expect(secondLists(FIGURE_IDS, 3, 'lib/figures/registry.ts')).toEqual([]);
  });

  it('names the languages as a list only in locale-codes.js', () => {
    expect(secondLists(LOCALES, 4, 'lib/i18n/locale-codes.js')).toEqual([]);
  });
});
