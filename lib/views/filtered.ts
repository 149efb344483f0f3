// The factories and antennas a view shows: the one filtering step every surface (dashboard, embeds, screen mode)
// runs on the dataset before it builds its figures.
import type { Antenna, Dataset, Factory } from '../data/schema';
import { countryName } from '../i18n/format';
import { filterDomain, isFiltered, parseFilters, type Filters, type ParamSource } from '../url/filters';

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

/** What every figure of a view is built from: the whole dataset, the filters, and what they leave. */
export interface FilteredView {
  data: Dataset;
  filters: Filters;
  filtered: boolean;
  factories: Factory[];
  antennas: Antenna[];
}

export function filteredView(data: Dataset, filters: Filters): FilteredView {
  const filtered = isFiltered(filters);
  const factories = filterFactories(data.factories, filters);
  return { data, filters, filtered, factories, antennas: filterAntennas(data.antennas, factories, filters, filtered) };
}

/** The view a URL asks for; unknown or malformed filters are dropped (parseFilters never throws). */
export function viewFromParams(data: Dataset, params: ParamSource): FilteredView {
  return filteredView(data, parseFilters(params, filterDomain(data)));
}

/** The antennas that link to one factory. */
export function antennasOf(factoryId: string, antennas: readonly Antenna[]): Antenna[] {
  return antennas.filter((a) => a.factoryIds.includes(factoryId));
}
