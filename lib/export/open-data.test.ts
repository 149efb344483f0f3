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
