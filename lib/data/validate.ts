import type { z } from 'zod';
import { withOperationalFrom } from './events';
import { citationProblems } from './citation-check';
import { chipTableProblems, machineRecordProblems, stepProblems } from './machine-check';
import { chipTableSchema, datasetSchema, sectorsSchema, type ChipTable, type Dataset, type FactoryRecord, type Sector } from './schema';

/** Thrown when a data file is unusable; lists every problem, each prefixed by the path of the bad field. */
export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(
      `Invalid data in ${file} (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p}`).join('\n'),
    );
    this.name = 'DatasetError';
  }
}

/** `['factories', 2, 'funding']` → `factories[2].funding` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function zodProblems(error: z.ZodError, prefix: readonly PropertyKey[] = []): string[] {
  return error.issues.map((issue) => {
    const path = formatPath([...prefix, ...issue.path]) || '(root)';
    // Zod prefixes type errors with "Invalid input: "; the path already says where.
    return `${path}: ${issue.message.replace(/^Invalid input: /, '')}`;
  });
}

export function validateSectors(raw: unknown, file = 'data/sectors.json'): Sector[] {
  const parsed = sectorsSchema.safeParse(raw);
  if (!parsed.success) throw new DatasetError(file, zodProblems(parsed.error, ['sectors']));
  const problems = duplicates(parsed.data.map((s) => s.slug)).map(
    ({ value, index }) => `sectors[${index}].slug: duplicate slug "${value}"`,
  );
  if (problems.length) throw new DatasetError(file, problems);
  return parsed.data;
}

/** The chip table (data/chips.json) that the H100-equivalent estimates read; throws a DatasetError when it is bad. */
export function validateChips(raw: unknown, file = 'data/chips.json'): ChipTable {
  const parsed = chipTableSchema.safeParse(raw);
  if (!parsed.success) throw new DatasetError(file, zodProblems(parsed.error));
  const problems = chipTableProblems(parsed.data);
  if (problems.length) throw new DatasetError(file, problems);
  return parsed.data;
}

/** The lists a dataset's records point into: sector slugs, and the chip table its machines' `chip` ids name. */
export interface DatasetLists {
  sectors: Sector[];
  chips: ChipTable;
}

/** Checks the shape with zod, then the rules that span records; throws a DatasetError naming every problem. */
export function validateDataset(raw: unknown, { sectors, chips }: DatasetLists, file = 'data/ai-factories.json'): Dataset {
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) throw new DatasetError(file, zodProblems(parsed.error));
  const data = parsed.data;
  const problems: string[] = [];
  const sectorSlugs = new Set(sectors.map((s) => s.slug));
  const waveIds = new Set(data.waves.map((w) => w.id));
  const factoryIds = new Set(data.factories.map((f) => f.id));
  const machineIds = new Set<string>();

  for (const { value, index } of duplicates(data.waves.map((w) => w.id)))
    problems.push(`waves[${index}].id: duplicate wave id ${value}`);
  for (const { value, index } of duplicates(data.factories.map((f) => f.id)))
    problems.push(`factories[${index}].id: duplicate id "${value}"`);
  for (const { value, index } of duplicates(data.antennas.map((a) => a.id)))
    problems.push(`antennas[${index}].id: duplicate id "${value}"`);

  data.waves.forEach((w, i) => {
    if (w.announcedEur !== null && w.announcedMinEur !== undefined)
      problems.push(`waves[${i}].announcedMinEur: only for a wave whose announcedEur is null (an exact total was given)`);
  });

  data.factories.forEach((f, i) => {
    const at = `factories[${i}]`;
    if (!waveIds.has(f.wave)) problems.push(`${at}.wave: no wave with id ${f.wave}`);
    f.sectors.forEach((s, j) => {
      if (!sectorSlugs.has(s)) problems.push(`${at}.sectors[${j}]: unknown sector slug "${s}"`);
    });
    f.partnerCountries.forEach((c, j) => {
      if (c === f.country) problems.push(`${at}.partnerCountries[${j}]: host country ${c} listed as its own partner`);
    });
    for (const { value, index } of duplicates(f.partnerCountries))
      problems.push(`${at}.partnerCountries[${index}]: ${value} listed twice`);
    problems.push(...fundingProblems(f.funding, `${at}.funding`));
    problems.push(...citationProblems(f, at));
    problems.push(...recordProblems(f, at, data.asOf));
    problems.push(...machineRecordProblems(f, at, chips, machineIds));
  });

  data.antennas.forEach((a, i) => {
    a.factoryIds.forEach((id, j) => {
      if (!factoryIds.has(id)) problems.push(`antennas[${i}].factoryIds[${j}]: no factory with id "${id}"`);
    });
    if (a.checkedOn > data.asOf) problems.push(`antennas[${i}].checkedOn: ${a.checkedOn} is after asOf (${data.asOf})`);
  });
  data.gigafactories.events.forEach((e, i) => {
    if (e.date > data.asOf) problems.push(`gigafactories.events[${i}].date: ${e.date} is after asOf (${data.asOf})`);
  });

  if (data.programme.committedEur !== null && data.programme.committedMinEur !== undefined)
    problems.push('programme.committedMinEur: only when committedEur is null (an exact figure was given)');
  if (data.programme.committedEur === null && data.programme.committedMinEur === undefined)
    problems.push('programme: expected committedEur or committedMinEur');

  problems.push(...changeProblems(data));

  if (problems.length) throw new DatasetError(file, problems);
  return { ...data, factories: data.factories.map(withOperationalFrom), sectors, chips };
}

/**
 * A record's dates against the day it was checked, and the ids its events, access routes and disputes name. A
 * reported event cannot be later than the check that found the report.
 */
function recordProblems(f: FactoryRecord, at: string, asOf: string): string[] {
  const problems: string[] = [];
  const ids = new Set(f.sources.map((s) => s.id));
  const known = (list: readonly string[], where: string) =>
    list.forEach((id, k) => {
      if (!ids.has(id)) problems.push(`${where}[${k}]: no source with id "${id}"`);
    });
  if (f.checkedOn > asOf) problems.push(`${at}.checkedOn: ${f.checkedOn} is after asOf (${asOf})`);
  f.events.forEach((e, j) => {
    if (f.events.findIndex((o) => o.kind === e.kind) !== j)
      problems.push(`${at}.events[${j}].kind: a second "${e.kind}" event; keep only the newest claim`);
    stepProblems(e, `${at}.events[${j}]`, f, problems);
  });
  f.access.forEach((a, j) => known(a.sources, `${at}.access[${j}].sources`));
  f.disputes?.forEach((d, j) => known(d.sources, `${at}.disputes[${j}].sources`));
  return problems;
}

/** The ids a change may name: every record, `wave-<n>`, and the two programme-level entries. */
interface Records {
  waves: readonly { id: number }[];
  factories: readonly { id: string }[];
  antennas: readonly { id: string }[];
}

function changeTargets(data: Records): Set<string> {
  return new Set([
    ...data.factories.map((f) => f.id),
    ...data.antennas.map((a) => a.id),
    ...data.waves.map((w) => `wave-${w.id}`),
    'programme',
    'gigafactories',
  ]);
}

/** The key a change is known by in the Atom feed: its date and what it touches, so it survives reordering. */
export function changeKey(change: Pick<Dataset['changes'][number], 'date' | 'ids'>): string {
  return `${change.date}:${[...change.ids].sort().join(',')}`;
}

function changeProblems(data: Records & Pick<Dataset, 'changes' | 'asOf'>): string[] {
  const problems: string[] = [];
  const targets = changeTargets(data);
  data.changes.forEach((c, i) => {
    if (c.date > data.asOf) problems.push(`changes[${i}].date: ${c.date} is after asOf (${data.asOf}); asOf is the day the data was last checked`);
    c.ids.forEach((id, j) => {
      if (!targets.has(id)) problems.push(`changes[${i}].ids[${j}]: no factory, antenna, wave or programme entry with id "${id}"`);
    });
  });
  for (const { value, index } of duplicates(data.changes.map(changeKey)))
    problems.push(`changes[${index}]: another change has the same date and ids (${value}); merge them`);
  return problems;
}

function fundingProblems(
  { totalEur, euEur, nationalEur }: Dataset['factories'][number]['funding'],
  at: string,
): string[] {
  if (totalEur === null) return [];
  const parts = (euEur ?? 0) + (nationalEur ?? 0);
  return parts > totalEur
    ? [`${at}: euEur + nationalEur (${parts}) exceeds totalEur (${totalEur})`]
    : [];
}

/** Each repeat after the first occurrence, with its index. */
function duplicates<T>(values: readonly T[]): { value: T; index: number }[] {
  const seen = new Set<T>();
  const repeats: { value: T; index: number }[] = [];
  values.forEach((value, index) => {
    if (seen.has(value)) repeats.push({ value, index });
    seen.add(value);
  });
  return repeats;
}
