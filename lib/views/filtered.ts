// The factories and antennas a view shows: the one filtering step every surface (dashboard, embeds, screen mode)
// runs on the dataset before it builds its figures.
import type { Antenna, Dataset, Factory } from '../data/schema';
import { countryName } from '../i18n/format';
import { AT_KEY, parseAt } from '../url/at';
import { filterDomain, getParam, isFiltered, parseFilters, type Filters, type ParamSource } from '../url/filters';
import { asOfView, monthSpan } from './as-of';

/** Lower-case, accents removed: "Linköping" matches "linkoping". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function searchText(f: Factory): string {
  return fold(
    [f.name, f.acronym ?? '', f.host, f.city, f.country, countryName(f.country), f.supercomputer.name].join(' '),
  );
}

/** Countries taking part in a factory: its host first, then its partners. */
export function participants(f: Factory): string[] {
  return [f.country, ...f.partnerCountries];
}

/** AND across filter kinds, OR within one; `country` matches a host or a partner. */
export function filterFactories(factories: readonly Factory[], filters: Filters): Factory[] {
  const words = fold(filters.q).split(/\s+/).filter(Boolean);
  return factories.filter(
    (f) =>
      (!filters.waves.length || filters.waves.includes(f.wave)) &&
      (!filters.countries.length || participants(f).some((c) => filters.countries.includes(c))) &&
      (!filters.sectors.length || f.sectors.some((s) => filters.sectors.includes(s))) &&
      (!words.length || words.every((w) => searchText(f).includes(w))),
  );
}

/**
 * Antennas follow the factories they link to; with a country filter, an antenna in that country is kept too.
 * Without any filter every antenna is shown, including those not yet linked to a factory.
 */
export function filterAntennas(
  antennas: readonly Antenna[],
  factories: readonly Factory[],
  filters: Filters,
  filtered: boolean,
): Antenna[] {
  if (!filtered) return [...antennas];
  const ids = new Set(factories.map((f) => f.id));
  return antennas.filter(
    (a) =>
      a.factoryIds.some((id) => ids.has(id)) ||
      (filters.countries.includes(a.country) && !filters.waves.length && !filters.sectors.length && !filters.q),
  );
}

/**
 * What every figure of a view is built from: the dataset as of the view's month, the filters, and what they leave.
 * `asOf` is the month (`YYYY-MM`) the URL asks for, null for today; `data` is then already the network of that
 * month (lib/views/as-of.ts), so a model shows the month without reading `asOf`.
 */
export interface FilteredView {
  data: Dataset;
  filters: Filters;
  filtered: boolean;
  factories: Factory[];
  antennas: Antenna[];
  asOf: string | null;
}

export function filteredView(data: Dataset, filters: Filters, asOf: string | null = null): FilteredView {
  const shown = asOf ? asOfView(data, asOf) : data;
  const filtered = isFiltered(filters);
  const factories = filterFactories(shown.factories, filters);
  return { data: shown, filters, filtered, factories, antennas: filterAntennas(shown.antennas, factories, filters, filtered), asOf };
}

/** The view a URL asks for; unknown or malformed filters and months are dropped (neither parser throws). */
export function viewFromParams(data: Dataset, params: ParamSource): FilteredView {
  return filteredView(data, parseFilters(params, filterDomain(data)), parseAt(getParam(params, AT_KEY), monthSpan(data)));
}

/** The antennas that link to one factory. */
export function antennasOf(factoryId: string, antennas: readonly Antenna[]): Antenna[] {
  return antennas.filter((a) => a.factoryIds.includes(factoryId));
}
