import { describe, expect, it } from 'vitest';
import { ANTENNA_CSV_COLUMNS, FACTORY_CSV_COLUMNS, antennasCsv, factoriesCsv } from './csv-columns';
import { dataPackage, datasetJson, datasetJsonLd, inlineJson } from './open-data';
import type { Dataset } from '../data/schema';
import { antennas, changes, factories, gigafactories, programme, sectors, waves } from '../../test/fixtures';

const data: Dataset = { asOf: '2025-10-13', programme, waves, factories, antennas, gigafactories, changes, sectors };
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

  it('states the licence, the as-of date, the sources and the three files', () => {
    expect(pkg.licenses).toEqual([{ name: 'CC-BY-4.0', title: expect.stringContaining('Attribution 4.0'), path: 'https://creativecommons.org/licenses/by/4.0/' }]);
    expect(pkg.asOf).toBe('2025-10-13');
    expect(pkg.lastModified).toBe('2026-11-26');
    expect(pkg.sources[0]).toEqual({ title: 'Programme source', path: 'https://example.org/programme' });
    expect(pkg.resources.map((r) => r.path)).toEqual(['ai-factories.csv', 'ai-factory-antennas.csv', 'ai-factories.json']);
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
