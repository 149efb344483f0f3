import type { z } from 'zod';
import { datasetSchema, sectorsSchema, type Dataset, type Sector } from './schema';

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

/** Checks the shape with zod, then the rules that span records; throws a DatasetError naming every problem. */
export function validateDataset(raw: unknown, sectors: Sector[], file = 'data/ai-factories.json'): Dataset {
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) throw new DatasetError(file, zodProblems(parsed.error));
  const data = parsed.data;
  const problems: string[] = [];
  const sectorSlugs = new Set(sectors.map((s) => s.slug));
  const waveIds = new Set(data.waves.map((w) => w.id));
  const factoryIds = new Set(data.factories.map((f) => f.id));

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
  });

  data.antennas.forEach((a, i) => {
    a.factoryIds.forEach((id, j) => {
      if (!factoryIds.has(id)) problems.push(`antennas[${i}].factoryIds[${j}]: no factory with id "${id}"`);
    });
  });

  if (data.programme.committedEur !== null && data.programme.committedMinEur !== undefined)
    problems.push('programme.committedMinEur: only when committedEur is null (an exact figure was given)');
  if (data.programme.committedEur === null && data.programme.committedMinEur === undefined)
    problems.push('programme: expected committedEur or committedMinEur');

  problems.push(...changeProblems(data));

  if (problems.length) throw new DatasetError(file, problems);
  return { ...data, sectors };
}

/** The ids a change may name: every record, `wave-<n>`, and the two programme-level entries. */
function changeTargets(data: Pick<Dataset, 'waves' | 'factories' | 'antennas'>): Set<string> {
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

function changeProblems(data: Omit<Dataset, 'sectors'>): string[] {
  const problems: string[] = [];
  const targets = changeTargets(data);
  data.changes.forEach((c, i) => {
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
