// The dashboard's view state lives in the URL: ?wave=1,2&country=IT,FI&sector=health&q=lumi
// Parsing never throws: unknown or malformed values are dropped.
import { AT_KEY } from './at';

export interface Filters {
  waves: number[];
  countries: string[];
  sectors: string[];
  q: string;
}

export type FilterKind = 'waves' | 'countries' | 'sectors';

/** What a link to a view carries: the filters and the month it is as of (`?at=`, lib/url/at.ts; none for today). */
export type ViewState = Filters & { at?: string | null };

/** Each filter's key in the query string: the one spelling of `?wave=`, `?country=`, `?sector=`, `?q=`. */
export const FILTER_KEYS = { waves: 'wave', countries: 'country', sectors: 'sector', q: 'q' } as const satisfies Record<keyof Filters, string>;
const FILTER_PARAMS: readonly string[] = Object.values(FILTER_KEYS);

/** True for a query-string key that holds a filter (the rest: the table's sort, screen mode's settings). */
export function isFilterKey(key: string): boolean {
  return FILTER_PARAMS.includes(key);
}

export const EMPTY_FILTERS: Filters = { waves: [], countries: [], sectors: [], q: '' };

/** What a parsed value may be; anything else in the URL is ignored. */
export interface FilterDomain {
  waves: readonly number[];
  countries: readonly string[];
  sectors: readonly string[];
}

/** The values a dataset's filters can take: its waves, every country taking part (any role), its sectors. */
export function filterDomain(data: {
  waves: readonly { id: number }[];
  factories: readonly { country: string; partnerCountries: readonly string[] }[];
  antennas: readonly { country: string }[];
  sectors: readonly { slug: string }[];
}): FilterDomain {
  const countries = new Set([...data.factories.flatMap((f) => [f.country, ...f.partnerCountries]), ...data.antennas.map((a) => a.country)]);
  return { waves: data.waves.map((w) => w.id), countries: [...countries].sort(), sectors: data.sectors.map((s) => s.slug) };
}

export type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

const MAX_QUERY_LENGTH = 100;

export function getParam(params: ParamSource, key: string): string {
  if (params instanceof URLSearchParams) return params.getAll(key).join(',');
  const value = Object.prototype.hasOwnProperty.call(params, key) ? params[key] : undefined;
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}

function listParam(params: ParamSource, key: string): string[] {
  return getParam(params, key)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function keepKnown<T>(values: T[], known: readonly T[]): T[] {
  const allowed = new Set(known);
  return [...new Set(values.filter((v) => allowed.has(v)))].sort((a, b) => known.indexOf(a) - known.indexOf(b));
}

export function parseFilters(params: ParamSource, domain: FilterDomain): Filters {
  const waves = listParam(params, FILTER_KEYS.waves)
    .filter((s) => /^\d{1,3}$/.test(s))
    .map(Number);
  return {
    waves: keepKnown(waves, domain.waves),
    countries: keepKnown(listParam(params, FILTER_KEYS.countries).map((s) => s.toUpperCase()), domain.countries),
    sectors: keepKnown(listParam(params, FILTER_KEYS.sectors).map((s) => s.toLowerCase()), domain.sectors),
    q: cleanQuery(getParam(params, FILTER_KEYS.q)),
  };
}

/**
 * Free text is kept (it is only ever rendered as text), but trimmed, bounded and stripped of control characters.
 * Cut by characters, not UTF-16 units, and trimmed after the cut: half an emoji or a space left at the end would
 * come back different from the address (a property test found both), so the same search would give two states.
 */
export function cleanQuery(raw: string): string {
  const text = raw.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
  return Array.from(text).slice(0, MAX_QUERY_LENGTH).join('').trimEnd();
}

/** Query string without "?", keys in a fixed order, empty filters left out. */
export function serializeFilters(filters: Filters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (filters.waves.length) params.set(FILTER_KEYS.waves, filters.waves.join(','));
  if (filters.countries.length) params.set(FILTER_KEYS.countries, filters.countries.join(','));
  if (filters.sectors.length) params.set(FILTER_KEYS.sectors, filters.sectors.join(','));
  if (filters.q) params.set(FILTER_KEYS.q, filters.q);
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  return readableQuery(params);
}

/** `params.toString()`, but commas and colons stay as they are: safe in a query string, and a shared link reads better. */
export function readableQuery(params: URLSearchParams): string {
  return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}

/** Adds the value when absent and removes it when present; `on` forces one way, as `DOMTokenList.toggle` does. */
export function toggleFilter<K extends FilterKind>(filters: Filters, kind: K, value: Filters[K][number], on?: boolean): Filters {
  const list = filters[kind] as Array<typeof value>;
  const present = list.includes(value);
  if (on === present) return filters;
  return { ...filters, [kind]: present ? list.filter((v) => v !== value) : [...list, value] };
}

export function isFiltered(filters: Filters): boolean {
  return filters.waves.length + filters.countries.length + filters.sectors.length > 0 || filters.q !== '';
}

/**
 * The dashboard showing these filters (only those given are set), at `hash` if any: "/?wave=2#funding". Every link
 * to a filtered dashboard is made here; a page in another language passes it through its locale's path.
 */
export function dashboardHref(filters: Partial<ViewState>, hash = ''): string {
  const query = serializeFilters({ ...EMPTY_FILTERS, ...filters }, filters.at ? { [AT_KEY]: filters.at } : {});
  return `/${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
}
