// Per-figure sources: which of a record's sources state each figure. Browser code reads this (the view's CSV), so
// the checks that validation runs live apart, in citation-check.ts.
import type { FigurePath } from './figure-paths';
import type { Citation, Factory, FactoryRecord } from './schema';

type Figures = Pick<FactoryRecord, 'selectedOn' | 'partnerCountries' | 'sectors' | 'supercomputer' | 'funding'>;

/** The value of a figure of a factory record. */
export function figureValue(f: Figures, path: FigurePath): unknown {
  switch (path) {
    case 'funding.totalEur':
      return f.funding.totalEur;
    case 'funding.euEur':
      return f.funding.euEur;
    case 'funding.nationalEur':
      return f.funding.nationalEur;
    default:
      return f[path];
  }
}

/** A figure is stated when it has a value: null and an empty list mean no source states it. */
export function isStated(f: Figures, path: FigurePath): boolean {
  const value = figureValue(f, path);
  return value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);
}

export interface FigureCitation {
  /** 1-based positions, in the record's source list, of every source behind the figure, ascending. */
  numbers: number[];
  /** Set when the figure follows from others: their paths. */
  derived?: { kind: 'sum' | 'half'; of: FigurePath[] };
}

type Cited = Pick<FactoryRecord, 'sources' | 'cite'>;

function numbersOf(f: Cited, ids: readonly string[]): number[] {
  return ids.map((id) => f.sources.findIndex((s) => s.id === id) + 1).filter((n) => n > 0);
}

/**
 * The sources behind a figure, by their numbers on the record's page: its own, or for a derived figure those of
 * its parts (and, for a half, those stating the equal split). Undefined when the record cites none.
 */
export function figureCitation(f: Cited, path: FigurePath): FigureCitation | undefined {
  const citation: Citation | undefined = f.cite[path];
  if (!citation) return undefined;
  if (Array.isArray(citation)) return { numbers: sorted(numbersOf(f, citation)) };
  const parts = citation.of.flatMap((p) => figureCitation(f, p)?.numbers ?? []);
  const own = citation.derived === 'half' ? numbersOf(f, citation.sources) : [];
  return { numbers: sorted([...own, ...parts]), derived: { kind: citation.derived, of: [...citation.of] } };
}

function sorted(numbers: number[]): number[] {
  return [...new Set(numbers)].sort((a, b) => a - b);
}

/** The three money figures: the CSV's funding_sources column names their sources. */
export const FUNDING_PATHS: readonly FigurePath[] = ['funding.totalEur', 'funding.euEur', 'funding.nationalEur'];

/**
 * The citations the funding_sources column reads: the three funding figures' and those of the figures they derive
 * from. A trimmed copy of the dataset keeps these to write the same CSV as the full one.
 */
export function fundingCitations(f: Factory): Factory['cite'] {
  const paths = new Set<FigurePath>();
  const walk = (path: FigurePath) => {
    const c = f.cite[path];
    if (!c || paths.has(path)) return;
    paths.add(path);
    if (!Array.isArray(c)) c.of.forEach(walk);
  };
  FUNDING_PATHS.forEach(walk);
  return Object.fromEntries([...paths].map((p) => [p, f.cite[p]]));
}
