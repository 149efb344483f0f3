// Per-fact sources: which of a record's sources state each cited fact. Browser code reads this (the view's CSV), so
// the checks that validation runs live apart, in citation-check.ts.
import type { FactPath } from './fact-paths';
import type { Citation, Factory, FactoryRecord } from './schema';

type Facts = Pick<FactoryRecord, 'selectedOn' | 'partnerCountries' | 'sectors' | 'supercomputer' | 'funding'>;

/** The value of a cited fact of a factory record. */
export function factValue(f: Facts, path: FactPath): unknown {
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

/** A fact is stated when it has a value: null and an empty list mean no source states it. */
export function isStated(f: Facts, path: FactPath): boolean {
  const value = factValue(f, path);
  return value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);
}

export interface FactCitation {
  /** 1-based positions, in the record's source list, of every source behind the fact, ascending. */
  numbers: number[];
  /** Set when the fact follows from others: their paths. */
  derived?: { kind: 'sum' | 'half'; of: FactPath[] };
}

type Cited = Pick<FactoryRecord, 'sources' | 'cite'>;

/** The numbers, on the record's page, of the sources these ids name (1-based, ascending, each once; unknown ids dropped). */
export function sourceNumbers(f: Pick<FactoryRecord, 'sources'>, ids: readonly string[]): number[] {
  return sorted(ids.map((id) => f.sources.findIndex((s) => s.id === id) + 1).filter((n) => n > 0));
}

/**
 * The sources behind a fact, by their numbers on the record's page: its own, or for a derived fact those of
 * its parts (and, for a half, those stating the equal split). Undefined when the record cites none.
 */
export function factCitation(f: Cited, path: FactPath): FactCitation | undefined {
  const citation: Citation | undefined = f.cite[path];
  if (!citation) return undefined;
  if (Array.isArray(citation)) return { numbers: sorted(sourceNumbers(f, citation)) };
  const parts = citation.of.flatMap((p) => factCitation(f, p)?.numbers ?? []);
  const own = citation.derived === 'half' ? sourceNumbers(f, citation.sources) : [];
  return { numbers: sorted([...own, ...parts]), derived: { kind: citation.derived, of: [...citation.of] } };
}

function sorted(numbers: number[]): number[] {
  return [...new Set(numbers)].sort((a, b) => a - b);
}

/** The three money facts: the CSV's funding_sources column names their sources. */
export const FUNDING_PATHS: readonly FactPath[] = ['funding.totalEur', 'funding.euEur', 'funding.nationalEur'];

/**
 * The citations the funding_sources column reads: the three funding facts' and those of the facts they derive
 * from. A trimmed copy of the dataset keeps these to write the same CSV as the full one.
 */
export function fundingCitations(f: Factory): Factory['cite'] {
  const paths = new Set<FactPath>();
  const walk = (path: FactPath) => {
    const c = f.cite[path];
    if (!c || paths.has(path)) return;
    paths.add(path);
    if (!Array.isArray(c)) c.of.forEach(walk);
  };
  FUNDING_PATHS.forEach(walk);
  return Object.fromEntries([...paths].map((p) => [p, f.cite[p]]));
}
