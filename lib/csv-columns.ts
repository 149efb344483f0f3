// What goes into the CSV files, defined once: the static /data routes and the table's "Download CSV" use these.
import { formatCsv, type CsvValue } from './csv';
import { countryName } from './format';
import type { Antenna, Factory, Sector } from './schema';
import type { TableColumnId } from './table-columns';

export interface CsvColumn<T> {
  /** snake_case header; money columns end in `_eur` and hold whole euros. */
  key: string;
  value: (record: T, sectorLabel: (slug: string) => string) => CsvValue;
}

export const FACTORY_CSV_COLUMNS: readonly CsvColumn<Factory>[] = [
  { key: 'id', value: (f) => f.id },
  { key: 'name', value: (f) => f.name },
  { key: 'acronym', value: (f) => f.acronym },
  { key: 'host', value: (f) => f.host },
  { key: 'city', value: (f) => f.city },
  { key: 'country', value: (f) => f.country },
  { key: 'country_name', value: (f) => countryName(f.country) },
  { key: 'wave', value: (f) => f.wave },
  { key: 'selected_on', value: (f) => f.selectedOn },
  { key: 'partner_countries', value: (f) => f.partnerCountries },
  { key: 'sectors', value: (f, label) => f.sectors.map(label) },
  { key: 'supercomputer', value: (f) => f.supercomputer.name },
  { key: 'supercomputer_kind', value: (f) => f.supercomputer.kind },
  { key: 'operational_from', value: (f) => f.supercomputer.operationalFrom },
  { key: 'total_eur', value: (f) => f.funding.totalEur },
  { key: 'eu_eur', value: (f) => f.funding.euEur },
  { key: 'national_eur', value: (f) => f.funding.nationalEur },
  { key: 'services', value: (f) => f.services },
  { key: 'url', value: (f) => f.url },
  { key: 'sources', value: (f) => f.sources.map((s) => s.url) },
];

export const ANTENNA_CSV_COLUMNS: readonly CsvColumn<Antenna>[] = [
  { key: 'id', value: (a) => a.id },
  { key: 'name', value: (a) => a.name },
  { key: 'host', value: (a) => a.host },
  { key: 'city', value: (a) => a.city },
  { key: 'country', value: (a) => a.country },
  { key: 'country_name', value: (a) => countryName(a.country) },
  { key: 'lat', value: (a) => a.location?.lat },
  { key: 'lon', value: (a) => a.location?.lon },
  { key: 'factory_ids', value: (a) => a.factoryIds },
  { key: 'announced_on', value: (a) => a.announcedOn },
  { key: 'eu_eur', value: (a) => a.euEur },
  { key: 'sources', value: (a) => a.sources.map((s) => s.url) },
];

/** Which CSV columns a table column stands for; `id` and `name` are always written. */
export const CSV_KEYS_OF_TABLE_COLUMN: Record<TableColumnId, readonly string[]> = {
  name: ['name', 'acronym'],
  host: ['host'],
  city: ['city'],
  country: ['country', 'country_name'],
  wave: ['wave'],
  selected: ['selected_on'],
  partners: ['partner_countries'],
  sectors: ['sectors'],
  supercomputer: ['supercomputer', 'supercomputer_kind', 'operational_from'],
  funding: ['total_eur'],
  eu: ['eu_eur'],
  national: ['national_eur'],
};

/** The CSV keys for the table's visible columns, in the file's column order; id, name and acronym always. */
export function csvKeysForView(visible: readonly TableColumnId[]): string[] {
  const always: TableColumnId[] = ['name'];
  const keys = new Set(['id', ...[...always, ...visible].flatMap((id) => CSV_KEYS_OF_TABLE_COLUMN[id])]);
  return FACTORY_CSV_COLUMNS.map((c) => c.key).filter((key) => keys.has(key));
}

function labeller(sectors: readonly Sector[]): (slug: string) => string {
  const labels = new Map(sectors.map((s) => [s.slug, s.label]));
  return (slug) => labels.get(slug) ?? slug;
}

/** Factories as CSV, in the order given; `keys` picks and orders columns (default: all). */
export function factoriesCsv(
  factories: readonly Factory[],
  sectors: readonly Sector[],
  keys: readonly string[] = FACTORY_CSV_COLUMNS.map((c) => c.key),
): string {
  const columns = keys.flatMap((key) => FACTORY_CSV_COLUMNS.filter((c) => c.key === key));
  const label = labeller(sectors);
  return formatCsv(
    columns.map((c) => c.key),
    factories.map((f) => columns.map((c) => c.value(f, label))),
  );
}

export function antennasCsv(antennas: readonly Antenna[]): string {
  const label = labeller([]);
  return formatCsv(
    ANTENNA_CSV_COLUMNS.map((c) => c.key),
    antennas.map((a) => ANTENNA_CSV_COLUMNS.map((c) => c.value(a, label))),
  );
}

/** `ai-factories-2025-10-10.csv` for the whole dataset, `…-filtered.csv` for a filtered view, `…-view.csv` otherwise. */
export function csvFileName(asOf: string, view?: { filtered: boolean }): string {
  const suffix = !view ? '' : view.filtered ? '-filtered' : '-view';
  return `ai-factories-${asOf}${suffix}.csv`;
}
