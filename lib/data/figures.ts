// Per-figure sources: which of a record's sources state each figure, and what is wrong when one states none.
import { FIGURE_PATHS, type Citation, type FactoryRecord, type FigurePath } from './schema';

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

/**
 * Every problem with a record's per-figure sources, each prefixed by `at` and the path: a stated figure without a
 * source ("factories[3].funding.euEur: no source"), an id that names no source, a derivation that does not add up.
 */
export function citationProblems(f: FactoryRecord, at: string): string[] {
  const problems: string[] = [];
  const ids = new Set(f.sources.map((s) => s.id));
  const unknown = (list: readonly string[], where: string) =>
    list.forEach((id, j) => {
      if (!ids.has(id)) problems.push(`${where}[${j}]: no source with id "${id}"`);
    });

  f.sources.forEach((s, j) => {
    if (f.sources.findIndex((o) => o.id === s.id) !== j) problems.push(`${at}.sources[${j}].id: duplicate id "${s.id}"`);
  });

  for (const path of FIGURE_PATHS) {
    const citation = f.cite[path];
    const where = `${at}.cite.${path}`;
    if (!citation) {
      if (isStated(f, path)) problems.push(`${at}.${path}: no source`);
      continue;
    }
    if (!isStated(f, path)) {
      problems.push(`${where}: cites a figure the record does not state; remove it`);
      continue;
    }
    if (Array.isArray(citation)) {
      unknown(citation, where);
      continue;
    }
    citation.of.forEach((part, j) => {
      const partCitation = f.cite[part];
      if (part === path || !isStated(f, part)) problems.push(`${where}.of[${j}]: ${part} is not a figure this one can follow from`);
      else if (partCitation && !Array.isArray(partCitation))
        problems.push(`${where}.of[${j}]: ${part} is itself derived; derive from figures a source states`);
    });
    if (citation.derived === 'half') unknown(citation.sources, `${where}.sources`);
    problems.push(...arithmeticProblems(f, path, citation, `${at}.${path}`));
  }
  return problems;
}

function arithmeticProblems(f: FactoryRecord, path: FigurePath, citation: Exclude<Citation, string[]>, at: string): string[] {
  const value = figureValue(f, path);
  const parts = citation.of.map((p) => figureValue(f, p));
  if (typeof value !== 'number' || parts.some((p) => typeof p !== 'number')) return [`${at}: only an amount can be derived`];
  const numbers = parts as number[];
  if (citation.derived === 'sum') {
    const sum = numbers.reduce((a, b) => a + b, 0);
    return sum === value ? [] : [`${at}: ${value} is not the sum of ${citation.of.join(' + ')} (${sum})`];
  }
  const whole = numbers[0]!;
  // Whole euros: half of an odd amount is either side of the half cent.
  return Math.abs(whole / 2 - value) <= 0.5 ? [] : [`${at}: ${value} is not half of ${citation.of[0]} (${whole})`];
}
