import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { antennasCsv, csvKeysForView, factoriesCsv, FACTORY_CSV_COLUMNS } from './csv-columns';
import { factories, factory, sectors } from '../../test/fixtures';

const parse = (csv: string) => csvParse(csv.replace(/^\uFEFF/, ''));

describe('factoriesCsv', () => {
  it('writes every column for every factory, in the order given', () => {
    const rows = parse(factoriesCsv(factories, sectors));
    expect(rows.columns).toEqual(FACTORY_CSV_COLUMNS.map((c) => c.key));
    expect(rows.map((r) => r.id)).toEqual(factories.map((f) => f.id));
    expect(rows[0]).toMatchObject({
      id: 'alpha',
      country: 'IT',
      country_name: 'Italy',
      partner_countries: 'AT; SI',
      sectors: 'Health; Climate',
      supercomputer: 'Leonardo',
      supercomputer_kind: 'upgrade',
      operational_from: '2025-06',
      total_eur: '430000000',
      eu_eur: '215000000',
      sources: 'https://example.org/source',
    });
  });

  it('writes each date with its status, the funding sources and the check date', () => {
    const f = factory({
      id: 'x',
      checkedOn: '2026-12-04',
      funding: { totalEur: 100, euEur: 50, nationalEur: 50 },
      events: [
        { kind: 'launch', date: '2025-09-05', status: 'reported', sources: ['s1'] },
        { kind: 'operation', date: '2025', status: 'planned', sources: ['plan'] },
      ],
      sources: [
        { id: 's1', url: 'https://example.org/s1', title: 'One' },
        { id: 'plan', url: 'https://example.org/plan', title: 'Plan' },
        { id: 'money', url: 'https://example.org/money', title: 'Money' },
      ],
      cite: {
        selectedOn: ['s1'],
        supercomputer: ['s1'],
        'funding.totalEur': { derived: 'sum', of: ['funding.euEur', 'funding.nationalEur'] },
        'funding.euEur': ['money'],
        'funding.nationalEur': ['money', 's1'],
      },
    });
    const cols = ['launch_date', 'launch_status', 'operational_from', 'operation_status', 'funding_sources', 'checked_on'];
    const [row] = parse(factoriesCsv([f, factory({ id: 'y' })], sectors, cols));
    expect(row).toEqual({
      launch_date: '2025-09-05',
      launch_status: 'reported',
      operational_from: '2025',
      operation_status: 'overdue',
      funding_sources: 'https://example.org/s1; https://example.org/money',
      checked_on: '2026-12-04',
    });
    expect(factoriesCsv([factory({ id: 'y' })], sectors, cols)).toBe(
      '\uFEFFlaunch_date,launch_status,operational_from,operation_status,funding_sources,checked_on\r\n,,,,,2026-11-26\r\n',
    );
  });

  it('leaves undisclosed money empty, never 0', () => {
    const csv = factoriesCsv([factory({ id: 'x', name: 'X' })], sectors, ['id', 'total_eur', 'eu_eur', 'national_eur']);
    expect(csv).toBe('\uFEFFid,total_eur,eu_eur,national_eur\r\nx,,,\r\n');
  });

  it('writes a chosen subset of columns in the file order', () => {
    const csv = factoriesCsv([factories[0]!], sectors, csvKeysForView(['funding', 'city']));
    expect(csv).toBe('\uFEFFid,name,acronym,city,total_eur\r\nalpha,Alpha AI Factory,,Bologna,430000000\r\n');
  });
});

describe('csvKeysForView', () => {
  it('always keeps id and name (with the acronym)', () => {
    expect(csvKeysForView([])).toEqual(['id', 'name', 'acronym']);
  });
  it('expands a table column into its CSV columns', () => {
    expect(csvKeysForView(['country', 'supercomputer'])).toEqual([
      'id',
      'name',
      'acronym',
      'country',
      'country_name',
      'supercomputer',
      'supercomputer_kind',
      'operational_from',
      'operation_status',
    ]);
  });
});

describe('antennasCsv', () => {
  it('writes one row per antenna with null fields empty', () => {
    const csv = antennasCsv([
      {
        id: 'be-antenna',
        country: 'BE',
        name: null,
        host: null,
        city: null,
        location: null,
        factoryIds: ['alpha', 'beta'],
        announcedOn: '2025-10-10',
        euEur: null,
        sources: [{ url: 'https://example.org/a', title: 'A' }],
        checkedOn: '2026-11-24',
      },
    ]);
    expect(csv).toBe(
      '\uFEFFid,name,host,city,country,country_name,lat,lon,factory_ids,announced_on,eu_eur,sources\r\n' +
        'be-antenna,,,,BE,Belgium,,,alpha; beta,2025-10-10,,https://example.org/a\r\n',
    );
  });
});
