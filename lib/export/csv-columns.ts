// What goes into the CSV files, defined once: the static /data routes and the table's "Download CSV" use these.
import { formatCsv, type CsvValue } from './csv';
import { countryName } from '../i18n/format';
import { eventOf, type EventKind } from '../data/events';
import { FUNDING_PATHS } from '../data/cited-facts';
import { acceleratorCells, countText, hplCells, machineCells, performanceCells, servingNow } from './machine-cells';
import type { Antenna, Factory, FactPath, Sector } from '../data/schema';
import type { TableColumnId } from '../views/table-columns';

/** Table Schema field types (Frictionless): datapackage.json describes each CSV column with these. */
type CsvFieldType = 'string' | 'integer' | 'number' | 'date';

export interface CsvColumn<T> {
  /** snake_case header; money columns end in `_eur` and hold whole euros. */
  key: string;
  type: CsvFieldType;
  description: string;
  value: (record: T, sectorLabel: (slug: string) => string) => CsvValue;
}

/** An event's status as the CSV writes it: `reported`, `planned`, or `overdue` (planned, passed, not reported). */
function eventStatus(f: Factory, kind: EventKind): string | undefined {
  const e = eventOf(f, kind);
  return e && (e.status === 'reported' ? 'reported' : e.overdue ? 'overdue' : 'planned');
}

/** The ids of the sources behind a figure: its own, or those of the figures it derives from (lib/data/cited-facts.ts). */
function citedIds(f: Factory, path: FactPath): string[] {
  const c = f.cite[path];
  if (!c) return [];
  if (Array.isArray(c)) return c;
  return [...(c.derived === 'half' ? c.sources : []), ...c.of.flatMap((p) => citedIds(f, p))];
}

/** The URLs of the sources behind the three funding figures, in the record's source order. */
function fundingSourceUrls(f: Factory): string[] {
  const ids = new Set(FUNDING_PATHS.flatMap((p) => citedIds(f, p)));
  return f.sources.filter((s) => ids.has(s.id)).map((s) => s.url);
}

const STATUS = 'reported (a source says it happened), planned (announced), or overdue (planned, passed before the record’s check, not reported)';

export const FACTORY_CSV_COLUMNS: readonly CsvColumn<Factory>[] = [
  {
    key: 'id',
    type: 'string',
    description: 'Stable slug of the factory, used in its page address',
    value: (f) => f.id,
  },
  {
    key: 'name',
    type: 'string',
    description: 'Official or most-used full name',
    value: (f) => f.name,
  },
  {
    key: 'acronym',
    type: 'string',
    description: 'Short name used by EuroHPC or the consortium',
    value: (f) => f.acronym,
  },
  {
    key: 'host',
    type: 'string',
    description: 'Hosting or coordinating organisation',
    value: (f) => f.host,
  },
  {
    key: 'city',
    type: 'string',
    description: 'City of the host site',
    value: (f) => f.city,
  },
  {
    key: 'country',
    type: 'string',
    description: 'Host country, ISO 3166-1 alpha-2',
    value: (f) => f.country,
  },
  {
    key: 'country_name',
    type: 'string',
    description: 'Host country name in English',
    value: (f) => countryName(f.country),
  },
  {
    key: 'wave',
    type: 'integer',
    description: 'Selection wave (1, 2, 3 …)',
    value: (f) => f.wave,
  },
  {
    key: 'selected_on',
    type: 'date',
    description: 'Day EuroHPC announced the selection',
    value: (f) => f.selectedOn,
  },
  {
    key: 'partner_countries',
    type: 'string',
    description: 'Other countries in the consortium, ISO alpha-2 codes joined with "; "',
    value: (f) => f.partnerCountries,
  },
  {
    key: 'sectors',
    type: 'string',
    description: 'Focus sectors, labels joined with "; "',
    value: (f, label) => f.sectors.map(label),
  },
  {
    key: 'supercomputer',
    type: 'string',
    description: 'The AI-optimised system',
    value: (f) => f.supercomputer.name,
  },
  {
    key: 'supercomputer_kind',
    type: 'string',
    description: 'new or upgrade',
    value: (f) => f.supercomputer.kind,
  },
  {
    key: 'launch_date',
    type: 'string',
    description: 'Start of the factory’s services: YYYY, YYYY-MM or YYYY-MM-DD; empty when no source gives one',
    value: (f) => eventOf(f, 'launch')?.date,
  },
  {
    key: 'launch_status',
    type: 'string',
    description: STATUS,
    value: (f) => eventStatus(f, 'launch'),
  },
  {
    key: 'operational_from',
    type: 'string',
    description: 'When the supercomputer enters or entered service: YYYY, YYYY-MM or YYYY-MM-DD; see operation_status',
    value: (f) => eventOf(f, 'operation')?.date,
  },
  {
    key: 'operation_status',
    type: 'string',
    description: STATUS,
    value: (f) => eventStatus(f, 'operation'),
  },
  {
    key: 'machines',
    type: 'string',
    description: 'The factory’s machines, each as "name (new, upgrade or existing; operating, installed, contracted, procurement or planned)", joined with "; "; an unnamed machine by its id',
    value: machineCells,
  },
  {
    key: 'accelerator_models',
    type: 'string',
    description: 'Accelerators as the sources name them, each as "machine: model", joined with "; "',
    value: (f) => acceleratorCells(f, (a) => a.model),
  },
  {
    key: 'accelerator_counts',
    type: 'string',
    description: 'Accelerator counts in the order of accelerator_models, each as "machine: count" with its bound (at least, about, up to) or "not disclosed"; never summed across machines',
    value: (f) => acceleratorCells(f, countText),
  },
  {
    key: 'ai_performance',
    type: 'string',
    description: 'Performance figures exactly as the sources state them, each as "machine: value unit precision" with sparsity (dense, with sparsity, or not stated), joined with "; "; never converted between precisions nor summed',
    value: performanceCells,
  },
  {
    key: 'hpl',
    type: 'string',
    description: 'Measured HPL results, each as "machine: Rmax PFLOPS (TOP500 list YYYY-MM, #rank)", joined with "; "',
    value: hplCells,
  },
  {
    key: 'serving_now',
    type: 'string',
    description: 'yes when a source says the factory serves users now, no when a source says it does not yet; empty when no source says',
    value: servingNow,
  },
  {
    key: 'serving_systems',
    type: 'string',
    description: 'The systems users are served on now (its own machine or an existing one such as LUMI or Leonardo), joined with "; "',
    value: (f) => f.serving.systems.map((s) => s.name),
  },
  {
    key: 'total_eur',
    type: 'integer',
    description: 'Total announced investment, whole euros; empty when not disclosed',
    value: (f) => f.funding.totalEur,
  },
  {
    key: 'eu_eur',
    type: 'integer',
    description: 'EU / EuroHPC JU share, whole euros; empty when not disclosed',
    value: (f) => f.funding.euEur,
  },
  {
    key: 'national_eur',
    type: 'integer',
    description: 'Host-country share, whole euros; empty when not disclosed',
    value: (f) => f.funding.nationalEur,
  },
  {
    key: 'funding_sources',
    type: 'string',
    description: 'URLs of the sources that state total_eur, eu_eur and national_eur (or the parts they are derived from), joined with "; "',
    value: fundingSourceUrls,
  },
  {
    key: 'services',
    type: 'string',
    description: 'Services a source names, joined with "; "',
    value: (f) => f.services,
  },
  {
    key: 'url',
    type: 'string',
    description: 'The factory’s own site where it has one, else the most official page found; url_kind says which',
    value: (f) => f.url,
  },
  {
    key: 'url_kind',
    type: 'string',
    description: 'What url is: factory (its own site), host (a page of its host or a consortium member), government (a government or EuroHPC release) or news (a news article)',
    value: (f) => f.urlKind,
  },
  {
    key: 'sources',
    type: 'string',
    description: 'Source URLs joined with "; "',
    value: (f) => f.sources.map((s) => s.url),
  },
  {
    key: 'checked_on',
    type: 'date',
    description: 'Day the record was last checked against its sources',
    value: (f) => f.checkedOn,
  },
];

export const ANTENNA_CSV_COLUMNS: readonly CsvColumn<Antenna>[] = [
  {
    key: 'id',
    type: 'string',
    description: 'antenna-<country code>',
    value: (a) => a.id,
  },
  {
    key: 'name',
    type: 'string',
    description: 'The antenna’s own name; empty when unknown',
    value: (a) => a.name,
  },
  {
    key: 'host',
    type: 'string',
    description: 'Coordinating organisation; empty when unknown',
    value: (a) => a.host,
  },
  {
    key: 'city',
    type: 'string',
    description: 'City of the host; empty when unknown',
    value: (a) => a.city,
  },
  {
    key: 'country',
    type: 'string',
    description: 'Antenna country, ISO 3166-1 alpha-2',
    value: (a) => a.country,
  },
  {
    key: 'country_name',
    type: 'string',
    description: 'Antenna country name in English',
    value: (a) => countryName(a.country),
  },
  {
    key: 'lat',
    type: 'number',
    description: 'Latitude of the host site; empty when unknown',
    value: (a) => a.location?.lat,
  },
  {
    key: 'lon',
    type: 'number',
    description: 'Longitude of the host site; empty when unknown',
    value: (a) => a.location?.lon,
  },
  {
    key: 'factory_ids',
    type: 'string',
    description: 'Ids of the AI Factories it links to, joined with "; "',
    value: (a) => a.factoryIds,
  },
  {
    key: 'announced_on',
    type: 'date',
    description: 'Day the antenna selection was announced',
    value: (a) => a.announcedOn,
  },
  {
    key: 'eu_eur',
    type: 'integer',
    description: 'EU contribution for this antenna, whole euros; empty when not disclosed',
    value: (a) => a.euEur,
  },
  {
    key: 'sources',
    type: 'string',
    description: 'Source URLs joined with "; "',
    value: (a) => a.sources.map((s) => s.url),
  },
];

/** Which CSV columns a table column stands for; `id` and `name` are always written. */
const CSV_KEYS_OF_TABLE_COLUMN: Record<TableColumnId, readonly string[]> = {
  name: ['name', 'acronym'],
  host: ['host'],
  city: ['city'],
  country: ['country', 'country_name'],
  wave: ['wave'],
  selected: ['selected_on'],
  partners: ['partner_countries'],
  sectors: ['sectors'],
  supercomputer: ['supercomputer', 'supercomputer_kind', 'operational_from', 'operation_status'],
  funding: ['total_eur'],
  eu: ['eu_eur'],
  national: ['national_eur'],
  machineModel: ['machines', 'accelerator_models'],
  machineCount: ['machines', 'accelerator_counts'],
  // The file states the estimate's inputs, not the estimate: it is recomputed from them and data/chips.json.
  machineEstimate: ['machines', 'accelerator_models', 'accelerator_counts'],
  machineStatus: ['machines'],
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
