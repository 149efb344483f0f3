// Country spread: which countries host a factory, join one's consortium or hold an antenna. One model for the map,
// the country bars, their table, the map slide and their embeds.
import type { Antenna, Factory } from '../data/schema';
import { countryName } from '../i18n/format';
import type { FilteredView } from './filtered';
import { dated } from './dated';
import { message, type Message } from '../i18n/message';
import type { BarChart } from './series';

export type CountryRole = 'host' | 'partner' | 'antenna';

export interface CountryRow {
  country: string;
  /** Factories hosted in the country. */
  hosted: number;
  /** Factories whose consortium the country joins without hosting. */
  partnerIn: number;
  antennas: number;
  factoryIds: string[];
}

export interface CountriesModel {
  /** Every country that hosts, joins or holds an antenna, most involved first. */
  rows: CountryRow[];
  /** The strongest role of each country, for colouring the map. */
  roles: Record<string, CountryRole>;
  /** How many countries have each role as their strongest. */
  roleCounts: Record<CountryRole, number>;
  /** Factories hosted and joined per country (antenna-only countries have no bar). */
  bars: BarChart;
  takeaway: Message[];
}

/** Every country that hosts, joins or holds an antenna, most involved first (ties by English name, stable). */
export function countryRows(factories: readonly Factory[], antennas: readonly Antenna[]): CountryRow[] {
  const byCode = new Map<string, CountryRow>();
  const entry = (country: string) => {
    let row = byCode.get(country);
    if (!row) byCode.set(country, (row = { country, hosted: 0, partnerIn: 0, antennas: 0, factoryIds: [] }));
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
      countryName(a.country).localeCompare(countryName(b.country)),
  );
}

/** The strongest role of each country: host over partner over antenna. */
export function countryRoles(factories: readonly Factory[], antennas: readonly Antenna[]): Record<string, CountryRole> {
  const roles: Record<string, CountryRole> = {};
  for (const a of antennas) roles[a.country] = 'antenna';
  for (const f of factories) for (const c of f.partnerCountries) roles[c] = 'partner';
  for (const f of factories) roles[f.country] = 'host';
  return roles;
}

function takeaway(rows: readonly CountryRow[], counts: Record<CountryRole, number>): Message[] {
  if (!rows.length) return [message('noMatch')];
  const clauses = [message('countriesHost', { count: counts.host })];
  if (counts.partner) clauses.push(message('countriesPartner', { count: counts.partner }));
  if (counts.antenna) clauses.push(message('countriesAntenna', { count: counts.antenna }));
  const sentences = [message('countries', { clauses: { list: clauses.map((m) => ({ message: m })) } })];
  const most = Math.max(0, ...rows.map((r) => r.hosted));
  // Only worth saying when some country hosts more than one; names follow a colon, so no language needs an article.
  if (most > 1) {
    const top = rows.filter((r) => r.hosted === most);
    sentences.push(
      message('countriesMostHosted', { names: { list: top.map((r) => ({ country: r.country })) }, count: most, tied: top.length }),
    );
  }
  return sentences;
}

export function countriesModel(view: Pick<FilteredView, 'factories' | 'antennas'> & Partial<Pick<FilteredView, 'asOf' | 'data'>>): CountriesModel {
  const rows = countryRows(view.factories, view.antennas);
  const roles = countryRoles(view.factories, view.antennas);
  const roleCounts: Record<CountryRole, number> = { host: 0, partner: 0, antenna: 0 };
  for (const role of Object.values(roles)) roleCounts[role] += 1;
  const bars: BarChart = {
    unit: 'count',
    legend: ['host', 'partner'],
    rows: rows
      .filter((r) => r.hosted + r.partnerIn > 0)
      .map((r) => ({
        key: r.country,
        label: { country: r.country },
        total: r.hosted + r.partnerIn,
        segments: [
          { series: 'host', value: r.hosted },
          { series: 'partner', value: r.partnerIn },
        ],
      })),
  };
  return { rows, roles, roleCounts, bars, takeaway: dated(view, takeaway(rows, roleCounts)) };
}
