import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import datapackage from 'datapackage';
import { afterAll, describe, expect, it } from 'vitest';
import { withoutBom } from './csv';
import { ANTENNA_CSV_COLUMNS, FACTORY_CSV_COLUMNS, antennasCsv, factoriesCsv } from './csv-columns';
import { PACKAGE_CSV_DIR, dataPackage, datasetJson, datasetJsonLd, inlineJson } from './open-data';
import type { Dataset } from '../data/schema';
import { antennas, changes, chips, factories, gigafactories, programme, sectors, waves } from '../../test/fixtures';

const data: Dataset = { asOf: '2025-10-13', programme, waves, factories, antennas, gigafactories, changes, sectors, chips };
const header = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n')[0]!.split(',');

describe('dataPackage', () => {
  const pkg = dataPackage(data);

  it('describes each CSV with the header the CSV writer writes, in order, empty cells as missing', () => {
    const [f, a] = pkg.resources;
    expect(f!.schema!.fields.map((x) => x.name)).toEqual(header(factoriesCsv(factories, sectors)));
    expect(a!.schema!.fields.map((x) => x.name)).toEqual(header(antennasCsv(antennas)));
    expect(f!.schema!.missingValues).toEqual(['']);
    expect(f!.schema!.fields.find((x) => x.name === 'total_eur')?.type).toBe('integer');
    expect(a!.schema!.fields.find((x) => x.name === 'lat')?.type).toBe('number');
    expect(f!.schema!.fields).toHaveLength(FACTORY_CSV_COLUMNS.length);
    expect(a!.schema!.fields).toHaveLength(ANTENNA_CSV_COLUMNS.length);
  });

  it('states the licence, the as-of date, the sources, the CSV copies without the mark, the JSON and one file per factory', () => {
    expect(pkg.licenses).toEqual([{ name: 'CC-BY-4.0', title: expect.stringContaining('Attribution 4.0'), path: 'https://creativecommons.org/licenses/by/4.0/' }]);
    expect(pkg.asOf).toBe('2025-10-13');
    expect(pkg.lastModified).toBe('2026-11-26');
    expect(pkg.sources[0]).toEqual({ title: 'Programme source', path: 'https://example.org/programme' });
    expect(pkg.resources.map((r) => r.path)).toEqual([
      'no-bom/ai-factories.csv',
      'no-bom/ai-factory-antennas.csv',
      'ai-factories.json',
      'factories/alpha.json',
      'factories/beta.json',
      'factories/gamma.json',
    ]);
    expect(pkg.resources.find((r) => r.name === 'factory-alpha')).toMatchObject({ mediatype: 'application/json', profile: 'data-resource' });
  });
});

describe('dataPackage, read by the Frictionless Data JavaScript library', () => {
  // The package as served: the descriptor beside the CSV copies it points to.
  const dir = mkdtempSync(path.join(tmpdir(), 'datapackage-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(path.join(dir, PACKAGE_CSV_DIR));
  const files = { 'ai-factories.csv': factoriesCsv(factories, sectors), 'ai-factory-antennas.csv': antennasCsv(antennas) };
  for (const [name, csv] of Object.entries(files)) {
    writeFileSync(path.join(dir, name), csv);
    writeFileSync(path.join(dir, PACKAGE_CSV_DIR, name), withoutBom(csv));
  }

  it('passes the profile it declares, and every table reads every row with cast values', async () => {
    const pkg = await datapackage.Package.load(dataPackage(data), { basePath: dir });
    expect(pkg.errors.map((e) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    const tables = pkg.resources.filter((r) => r.tabular);
    expect(tables.map((r) => r.name)).toEqual(['ai-factories', 'ai-factory-antennas']);

    const rows = await tables[0]!.read({ keyed: true });
    expect(rows.map((r) => r.id)).toEqual(factories.map((f) => f.id));
    expect(rows[0]).toMatchObject({ wave: 1, total_eur: 430_000_000, partner_countries: 'AT; SI', sectors: 'Health; Climate' });
    expect(rows[0]!.selected_on).toEqual(new Date('2024-12-10T00:00:00Z'));
    // An empty cell is a missing value, not 0 or "".
    expect(rows[1]).toMatchObject({ total_eur: 100_000_000, eu_eur: null, acronym: null });
    const antennaRows = await tables[1]!.read({ keyed: true });
    expect(antennaRows.map((r) => r.id)).toEqual(antennas.map((a) => a.id));
    expect(antennaRows[0]).toMatchObject({ lat: null, eu_eur: null, factory_ids: 'alpha' });
  });

  it('would not read the files that keep the byte-order mark: the reason for the copies', async () => {
    const descriptor = dataPackage(data);
    const excelCopies = { ...descriptor, resources: descriptor.resources.slice(0, 1).map((r) => ({ ...r, path: r.path.replace(`${PACKAGE_CSV_DIR}/`, '') })) };
    const pkg = await datapackage.Package.load(excelCopies, { basePath: dir });
    await expect(pkg.resources[0]!.read()).rejects.toThrow(/header names do not match/);
  });
});

describe('datasetJsonLd', () => {
  it('is a schema.org Dataset with licence, dates, coverage and a download per file', () => {
    const ld = datasetJsonLd(data, 'https://example.org');
    expect(ld).toMatchObject({
      '@type': 'Dataset',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      dateModified: '2026-11-26',
      temporalCoverage: '2024-12-10/2025-10-13',
    });
    expect(ld.distribution.map((d) => d.contentUrl)).toEqual([
      'https://example.org/data/ai-factories.csv',
      'https://example.org/data/ai-factory-antennas.csv',
      'https://example.org/data/ai-factories.json',
    ]);
  });

  it('escapes < so a value cannot close the script tag', () => expect(inlineJson({ a: '</script>' })).toBe('{"a":"\\u003c/script>"}'));
});

describe('datasetJson', () => {
  it('serves the data file’s shape, per-figure sources and events included, without the derived operationalFrom', () => {
    const json = datasetJson(data);
    expect(json.factories[0]!.supercomputer).toEqual({ name: 'Leonardo', kind: 'upgrade' });
    expect(json.factories[0]!.cite['funding.euEur']).toEqual(['s1']);
    expect(json.factories[2]!.events).toEqual([{ kind: 'operation', date: '2026', status: 'planned', sources: ['s1'] }]);
    expect(json.sectors).toBe(sectors);
  });
});

describe('the metadata as written', () => {
  const TITLE = 'EU AI Factories and AI Factory Antennas';
  const JSON_TITLE =
    'The whole dataset as validated (waves; factories with per-figure sources, dated events with their plan history, machines and whether they serve users now; antennas; programme; changes; sectors; the chip table of the H100-equivalent estimate)';
  const LICENCE = 'https://creativecommons.org/licenses/by/4.0/';
  // Waves out of date order, each wave's second source left out, a gigafactory source of its own, and every change
  // older than the as-of date: each choice in the builders shows.
  const source = (url: string) => ({ url, title: `Title of ${url}` });
  const varied: Dataset = {
    ...data,
    asOf: '2027-01-31',
    waves: [...waves].reverse().map((w, i) => ({ ...w, sources: [source(`https://example.org/wave-${i}`), source(`https://example.org/second-${i}`)] })),
    gigafactories: { ...gigafactories, events: gigafactories.events.map((e) => ({ ...e, source: source('https://example.org/giga') })) },
    changes: [{ ...changes[0]!, date: '2026-01-01' }, { ...changes[0]!, date: '2025-01-01' }],
  };
  const firstSelection = waves.map((w) => w.selectedOn).sort()[0];
  const based = ['https://example.org/programme', ...waves.map((_, i) => `https://example.org/wave-${i}`), ...(gigafactories.events.length ? ['https://example.org/giga'] : [])];

  it('the schema.org Dataset, whole', () => {
    expect(datasetJsonLd(varied, 'https://example.org')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: TITLE,
      description: expect.stringMatching(/^The AI Factories selected by the EuroHPC Joint Undertaking since December 2024 .* every figure with its source\.$/),
      url: 'https://example.org/about',
      license: LICENCE,
      isAccessibleForFree: true,
      dateModified: '2027-01-31',
      temporalCoverage: `${firstSelection}/2027-01-31`,
      spatialCoverage: { '@type': 'Place', name: 'Europe (EU Member States and EuroHPC participating states)' },
      keywords: ['AI Factories', 'AI Factory Antennas', 'EuroHPC', 'supercomputing', 'artificial intelligence'],
      creator: { '@type': 'Organization', name: 'EU AI Factories dashboard' },
      isBasedOn: based,
      distribution: [
        ['ai-factories.csv', 'AI Factories, one row per factory', 'text/csv'],
        ['ai-factory-antennas.csv', 'AI Factory Antennas, one row per antenna', 'text/csv'],
        ['ai-factories.json', JSON_TITLE, 'application/json'],
      ].map(([name, description, encodingFormat]) => ({ '@type': 'DataDownload', name, description, encodingFormat, contentUrl: `https://example.org/data/${name}` })),
    });
    // With no wave, coverage starts at the as-of date; a change newer than it moves dateModified.
    const none = datasetJsonLd({ ...varied, waves: [], changes: [{ ...changes[0]!, date: '2027-02-01' }] }, 'https://example.org');
    expect([none.temporalCoverage, none.dateModified]).toEqual(['2027-01-31/2027-01-31', '2027-02-01']);
  });

  it('the data package, whole but for the Table Schemas', () => {
    const pkg = dataPackage(varied);
    const dialect = { delimiter: ',', quoteChar: '"', doubleQuote: true, lineTerminator: '\r\n', header: true };
    const copy = (name: string, file: string, title: string) => ({
      name,
      path: `no-bom/${file}`,
      format: 'csv',
      mediatype: 'text/csv',
      title,
      description: `The rows of ${file} without the byte-order mark that file carries for Excel`,
      profile: 'tabular-data-resource',
      encoding: 'utf-8',
      dialect,
      schema: expect.objectContaining({ missingValues: [''], primaryKey: 'id' }),
    });
    expect(pkg).toEqual({
      profile: 'data-package',
      name: 'eu-ai-factories',
      title: TITLE,
      description: expect.stringContaining('every figure with its source'),
      version: '2027-01-31',
      asOf: '2027-01-31',
      lastModified: '2027-01-31',
      licenses: [{ name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International', path: LICENCE }],
      sources: based.map((url) => ({ title: url === 'https://example.org/programme' ? programme.sources[0]!.title : `Title of ${url}`, path: url })),
      keywords: ['AI Factories', 'EuroHPC', 'supercomputing', 'artificial intelligence', 'European Union'],
      resources: [
        copy('ai-factories', 'ai-factories.csv', 'AI Factories, one row per factory'),
        copy('ai-factory-antennas', 'ai-factory-antennas.csv', 'AI Factory Antennas, one row per antenna'),
        {
          name: 'ai-factories-json',
          path: 'ai-factories.json',
          format: 'json',
          mediatype: 'application/json',
          title: JSON_TITLE,
          profile: 'data-resource',
          encoding: 'utf-8',
        },
        ...factories.map((f) => ({
          name: `factory-${f.id}`,
          path: `factories/${f.id}.json`,
          format: 'json',
          mediatype: 'application/json',
          title: `${f.name}: the record as validated, with its sources`,
          profile: 'data-resource',
          encoding: 'utf-8',
        })),
      ],
    });
    expect(pkg.resources[0]!.schema!.fields[0]).toEqual({ name: FACTORY_CSV_COLUMNS[0]!.key, type: FACTORY_CSV_COLUMNS[0]!.type, description: FACTORY_CSV_COLUMNS[0]!.description });
  });
});
