// Pure views of the dataset: every figure the pages show is computed here, from the filtered set.
import type { Filters } from '../url/filters';
import { countryName } from '../i18n/format';
import type { Antenna, Factory, Sector, Wave } from '../data/schema';

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

export interface Kpis {
  factories: number;
  antennas: number;
  hostCountries: number;
  participatingCountries: number;
  sectors: number;
  /** Sum of the disclosed totals. */
  investmentEur: number;
  /** How many factories the investment sum covers. */
  investmentDisclosed: number;
  euEur: number;
  euDisclosed: number;
}

export function kpis(factories: readonly Factory[], antennas: readonly Antenna[]): Kpis {
  const withTotal = factories.filter((f) => f.funding.totalEur !== null);
  const withEu = factories.filter((f) => f.funding.euEur !== null);
  return {
    factories: factories.length,
    antennas: antennas.length,
    hostCountries: new Set(factories.map((f) => f.country)).size,
    participatingCountries: new Set(factories.flatMap(participants)).size,
    sectors: new Set(factories.flatMap((f) => f.sectors)).size,
    investmentEur: sum(withTotal.map((f) => f.funding.totalEur ?? 0)),
    investmentDisclosed: withTotal.length,
    euEur: sum(withEu.map((f) => f.funding.euEur ?? 0)),
    euDisclosed: withEu.length,
  };
}

export interface SectorCount {
  slug: string;
  label: string;
  count: number;
  factoryIds: string[];
}

/** Factories per sector, largest first (ties by label); sectors nobody covers are left out. */
export function sectorCoverage(factories: readonly Factory[], sectors: readonly Sector[]): SectorCount[] {
  return sectors
    .map((s) => {
      const ids = factories.filter((f) => f.sectors.includes(s.slug)).map((f) => f.id);
      return { slug: s.slug, label: s.label, count: ids.length, factoryIds: ids };
    })
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export interface CountryRoles {
  country: string;
  name: string;
  /** Factories hosted in the country. */
  hosted: number;
  /** Factories whose consortium the country joins without hosting. */
  partnerIn: number;
  antennas: number;
  factoryIds: string[];
}

/** Every country that hosts, joins or holds an antenna, most involved first. */
export function countrySpread(factories: readonly Factory[], antennas: readonly Antenna[]): CountryRoles[] {
  const byCode = new Map<string, CountryRoles>();
  const entry = (country: string) => {
    let row = byCode.get(country);
    if (!row) {
      row = { country, name: countryName(country), hosted: 0, partnerIn: 0, antennas: 0, factoryIds: [] };
      byCode.set(country, row);
    }
    return row;
  };
  for (const f of factories) {
    const host = entry(f.country);
    host.hosted += 1;
    host.factoryIds.push(f.id);
    for (const c of f.partnerCountries) {
      const partner = entry(c);
      partner.partnerIn += 1;
      partner.factoryIds.push(f.id);
    }
  }
  for (const a of antennas) entry(a.country).antennas += 1;
  return [...byCode.values()].sort(
    (a, b) =>
      b.hosted + b.partnerIn - (a.hosted + a.partnerIn) ||
      b.hosted - a.hosted ||
      b.antennas - a.antennas ||
      a.name.localeCompare(b.name),
  );
}

export type CountryRole = 'host' | 'partner' | 'antenna';

/** The strongest role of each country, for colouring the map. */
export function countryRoleMap(factories: readonly Factory[], antennas: readonly Antenna[]): Record<string, CountryRole> {
  const roles: Record<string, CountryRole> = {};
  for (const a of antennas) roles[a.country] = 'antenna';
  for (const f of factories) for (const c of f.partnerCountries) roles[c] = 'partner';
  for (const f of factories) roles[f.country] = 'host';
  return roles;
}

export interface SectorMatrix {
  sectors: Sector[];
  rows: { id: string; name: string; covers: boolean[] }[];
}

/** Factory × sector grid; columns in coverage order so the dense side reads first. */
export function sectorMatrix(factories: readonly Factory[], sectors: readonly Sector[]): SectorMatrix {
  const order = sectorCoverage(factories, sectors).map((s) => ({ slug: s.slug, label: s.label }));
  return {
    sectors: order,
    rows: factories.map((f) => ({ id: f.id, name: f.name, covers: order.map((s) => f.sectors.includes(s.slug)) })),
  };
}

export interface FactoryFunding {
  id: string;
  name: string;
  wave: number;
  totalEur: number | null;
  euEur: number | null;
  nationalEur: number | null;
  /** The part of a disclosed total that no source splits into EU or national money. */
  unsplitEur: number | null;
}

/** Per factory, largest disclosed total first; undisclosed totals last, by name. */
export function fundingByFactory(factories: readonly Factory[]): FactoryFunding[] {
  return factories
    .map(({ id, name, wave, funding: { totalEur, euEur, nationalEur } }) => ({
      id,
      name,
      wave,
      totalEur,
      euEur,
      nationalEur,
      unsplitEur: totalEur === null ? null : totalEur - (euEur ?? 0) - (nationalEur ?? 0),
    }))
    .sort(
      (a, b) =>
        (a.totalEur === null ? 1 : 0) - (b.totalEur === null ? 1 : 0) ||
        (b.totalEur ?? 0) - (a.totalEur ?? 0) ||
        a.name.localeCompare(b.name),
    );
}

export interface WaveFunding {
  id: number;
  label: string;
  selectedOn: string;
  factories: number;
  /** The wave's investment as announced (EU and national together). */
  announcedEur: number | null;
  /** "over €X" when only a lower bound was announced. */
  announcedMinEur: number | null;
  announcedEuEur: number | null;
  /** Sum of the per-factory totals that are disclosed, for the factories shown. */
  disclosedEur: number;
  disclosedFactories: number;
}

/** Per wave among the shown factories; a wave with none of them shown is left out. */
export function fundingByWave(factories: readonly Factory[], waves: readonly Wave[]): WaveFunding[] {
  return waves
    .map((w) => {
      const members = factories.filter((f) => f.wave === w.id);
      const disclosed = members.filter((f) => f.funding.totalEur !== null);
      return {
        id: w.id,
        label: w.label,
        selectedOn: w.selectedOn,
        factories: members.length,
        announcedEur: w.announcedEur,
        announcedMinEur: w.announcedMinEur ?? null,
        announcedEuEur: w.euEur,
        disclosedEur: sum(disclosed.map((f) => f.funding.totalEur ?? 0)),
        disclosedFactories: disclosed.length,
      };
    })
    .filter((w) => w.factories > 0)
    .sort((a, b) => a.selectedOn.localeCompare(b.selectedOn) || a.id - b.id);
}

/** The antennas that link to one factory. */
export function antennasOf(factoryId: string, antennas: readonly Antenna[]): Antenna[] {
  return antennas.filter((a) => a.factoryIds.includes(factoryId));
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
