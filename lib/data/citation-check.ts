// What is wrong with a record's per-fact sources: validation's side of cited-facts.ts (server and scripts only).
import { FACT_PATHS, type FactPath } from './fact-paths';
import { factValue, isStated } from './cited-facts';
import type { Citation, FactoryRecord } from './schema';

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

  for (const path of FACT_PATHS) {
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

function arithmeticProblems(f: FactoryRecord, path: FactPath, citation: Exclude<Citation, string[]>, at: string): string[] {
  const value = factValue(f, path);
  const parts = citation.of.map((p) => factValue(f, p));
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
