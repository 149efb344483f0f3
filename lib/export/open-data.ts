// Metadata that data portals read: a Frictionless Data Package and a schema.org Dataset, built from the dataset.
import { ANTENNA_CSV_COLUMNS, FACTORY_CSV_COLUMNS, type CsvColumn } from './csv-columns';
import { withoutOperationalFrom } from '../data/events';
import type { Dataset, Source } from '../data/schema';
import { DATA_LICENCE, DATASET_DESCRIPTION, DATASET_TITLE } from '../site/site';

/** The files described, relative to /data/ (where the data package itself is served). */
const DATA_FILES = [
  { name: 'ai-factories', path: 'ai-factories.csv', format: 'csv', mediatype: 'text/csv', title: 'AI Factories, one row per factory' },
  { name: 'ai-factory-antennas', path: 'ai-factory-antennas.csv', format: 'csv', mediatype: 'text/csv', title: 'AI Factory Antennas, one row per antenna' },
  { name: 'ai-factories-json', path: 'ai-factories.json', format: 'json', mediatype: 'application/json', title: 'The whole dataset as validated (waves; factories with per-figure sources, dated events with their plan history, machines and whether they serve users now; antennas; programme; changes; sectors; the chip table of the H100-equivalent estimate)' },
] as const;

/**
 * The folder, relative to /data/, of the package's copies of the CSV files: the same rows without the byte-order
 * mark. The files at the stable addresses keep the mark, which Excel needs to read UTF-8; the Frictionless
 * JavaScript library reads it as part of the first header whatever `encoding` says, so the package points here.
 */
export const PACKAGE_CSV_DIR = 'no-bom';

/** One factory's record, relative to /data/. */
export function factoryFilePath(id: string): string {
  return `factories/${id}.json`;
}

const csvDialect = { delimiter: ',', quoteChar: '"', doubleQuote: true, lineTerminator: '\r\n', header: true };

/** The wave, programme and gigafactory announcements: the sources of the dataset as a whole. */
function headlineSources(data: Dataset): Source[] {
  const all = [...data.programme.sources, ...data.waves.flatMap((w) => w.sources.slice(0, 1)), ...data.gigafactories.events.map((e) => e.source)];
  return [...new Map(all.map((s) => [s.url, s])).values()];
}

function lastChange(data: Dataset): string {
  return data.changes.map((c) => c.date).reduce((a, b) => (b > a ? b : a), data.asOf);
}

export interface TableSchema {
  fields: { name: string; type: CsvColumn<unknown>['type']; description: string }[];
  missingValues: string[];
  primaryKey: string;
}

interface DataResource {
  name: string;
  path: string;
  format: string;
  mediatype: string;
  title: string;
  description?: string;
  profile: 'tabular-data-resource' | 'data-resource';
  encoding: 'utf-8';
  dialect?: typeof csvDialect;
  schema?: TableSchema;
}

/** A Table Schema whose fields are the CSV writer's own columns, in its order, so the two cannot drift apart. */
function tableSchema<T>(columns: readonly CsvColumn<T>[]): TableSchema {
  return {
    fields: columns.map((c) => ({ name: c.key, type: c.type, description: c.description })),
    missingValues: [''],
    primaryKey: 'id',
  };
}

export function dataPackage(data: Dataset) {
  const [factories, antennas, json] = DATA_FILES;
  const packageCopy = (file: (typeof DATA_FILES)[number]) => ({
    ...file,
    path: `${PACKAGE_CSV_DIR}/${file.path}`,
    description: `The rows of ${file.path} without the byte-order mark that file carries for Excel`,
  });
  const resources: DataResource[] = [
    { ...packageCopy(factories), profile: 'tabular-data-resource', encoding: 'utf-8', dialect: csvDialect, schema: tableSchema(FACTORY_CSV_COLUMNS) },
    { ...packageCopy(antennas), profile: 'tabular-data-resource', encoding: 'utf-8', dialect: csvDialect, schema: tableSchema(ANTENNA_CSV_COLUMNS) },
    { ...json, profile: 'data-resource', encoding: 'utf-8' },
    ...data.factories.map((f) => ({
      name: `factory-${f.id}`,
      path: factoryFilePath(f.id),
      format: 'json',
      mediatype: 'application/json',
      title: `${f.name}: the record as validated, with its sources`,
      profile: 'data-resource' as const,
      encoding: 'utf-8' as const,
    })),
  ];
  return {
    // Not `tabular-data-package`: that profile admits tabular resources only, and the JSON files are not tables.
    profile: 'data-package',
    name: 'eu-ai-factories',
    title: DATASET_TITLE,
    description: DATASET_DESCRIPTION,
    version: data.asOf,
    /** "As of": the day the data was last checked against its sources. */
    asOf: data.asOf,
    lastModified: lastChange(data),
    licenses: [{ name: DATA_LICENCE.id, title: DATA_LICENCE.title, path: DATA_LICENCE.url }],
    sources: headlineSources(data).map((s) => ({ title: s.title, path: s.url })),
    keywords: ['AI Factories', 'EuroHPC', 'supercomputing', 'artificial intelligence', 'European Union'],
    resources,
  };
}

/** schema.org Dataset for /about, so dataset search engines find and describe the data. */
export function datasetJsonLd(data: Dataset, origin: string) {
  const firstSelection = data.waves.map((w) => w.selectedOn).sort()[0] ?? data.asOf;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: DATASET_TITLE,
    description: DATASET_DESCRIPTION,
    url: `${origin}/about`,
    license: DATA_LICENCE.url,
    isAccessibleForFree: true,
    dateModified: lastChange(data),
    temporalCoverage: `${firstSelection}/${data.asOf}`,
    spatialCoverage: { '@type': 'Place', name: 'Europe (EU Member States and EuroHPC participating states)' },
    keywords: ['AI Factories', 'AI Factory Antennas', 'EuroHPC', 'supercomputing', 'artificial intelligence'],
    creator: { '@type': 'Organization', name: 'EU AI Factories dashboard' },
    isBasedOn: headlineSources(data).map((s) => s.url),
    distribution: DATA_FILES.map((f) => ({
      '@type': 'DataDownload',
      name: f.path,
      description: f.title,
      encodingFormat: f.mediatype,
      contentUrl: `${origin}/data/${f.path}`,
    })),
  };
}

/**
 * The dataset as /data/ai-factories.json serves it: the data file's own shape (per-figure sources in `cite`, dated
 * events with their status), without the `operationalFrom` the pages derive for older views.
 */
export function datasetJson(data: Dataset) {
  return { ...data, factories: data.factories.map(withoutOperationalFrom) };
}

/** JSON for an inline `<script type="application/ld+json">`: `<` escaped so no string can close the tag. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
