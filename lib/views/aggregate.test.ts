import { describe, expect, it } from 'vitest';
import {
  countryRoleMap,
  countrySpread,
  filterAntennas,
  filterFactories,
  fold,
  fundingByFactory,
  fundingByWave,
  kpis,
  sectorCoverage,
  sectorMatrix,
} from './aggregate';
import { EMPTY_FILTERS, type Filters } from '../url/filters';
import { antennas, factories, factory, sectors, waves } from '../../test/fixtures';

const ids = (list: { id: string }[]) => list.map((x) => x.id);
const f = (partial: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...partial });

describe('filterFactories', () => {
  it('keeps everything without filters', () => {
    expect(ids(filterFactories(factories, EMPTY_FILTERS))).toEqual(['alpha', 'beta', 'gamma']);
  });
  it('filters by wave', () => {
    expect(ids(filterFactories(factories, f({ waves: [2] })))).toEqual(['gamma']);
  });
  it('matches a country as host or as partner', () => {
    expect(ids(filterFactories(factories, f({ countries: ['IT'] })))).toEqual(['alpha', 'gamma']);
    expect(ids(filterFactories(factories, f({ countries: ['NO'] })))).toEqual(['gamma']);
  });
  it('is OR within a kind and AND across kinds', () => {
    expect(ids(filterFactories(factories, f({ sectors: ['space', 'climate'] })))).toEqual(['alpha', 'gamma']);
    expect(ids(filterFactories(factories, f({ sectors: ['health'], countries: ['SE'] })))).toEqual(['beta']);
    expect(ids(filterFactories(factories, f({ sectors: ['space'], waves: [1] })))).toEqual([]);
  });
  it('searches name, city, country name and machine, ignoring case and accents', () => {
    expect(ids(filterFactories(factories, f({ q: 'linkoping' })))).toEqual(['beta']);
    expect(ids(filterFactories(factories, f({ q: 'finland' })))).toEqual(['gamma']);
    expect(ids(filterFactories(factories, f({ q: 'lumi' })))).toEqual(['gamma']);
    expect(ids(filterFactories(factories, f({ q: 'alpha bologna' })))).toEqual(['alpha']);
    expect(ids(filterFactories(factories, f({ q: 'alpha kajaani' })))).toEqual([]);
  });
  it('handles an empty list', () => {
    expect(filterFactories([], f({ waves: [1] }))).toEqual([]);
  });
});

describe('fold', () => {
  it('drops accents and case', () => expect(fold('Linköping ÉCOLE')).toBe('linkoping ecole'));
});

describe('filterAntennas', () => {
  it('keeps all antennas without filters, including unlinked ones', () => {
    expect(ids(filterAntennas(antennas, factories, EMPTY_FILTERS, false))).toEqual(['antenna-mt', 'antenna-is', 'antenna-be']);
  });
  it('follows the factories they link to', () => {
    const shown = filterFactories(factories, f({ waves: [2] }));
    expect(ids(filterAntennas(antennas, shown, f({ waves: [2] }), true))).toEqual(['antenna-is']);
  });
  it('keeps an antenna in a filtered country', () => {
    const filters = f({ countries: ['BE'] });
    const shown = filterFactories(factories, filters);
    expect(ids(filterAntennas(antennas, shown, filters, true))).toEqual(['antenna-be']);
  });
});

describe('kpis', () => {
  it('counts countries, sectors and disclosed money', () => {
    expect(kpis(factories, antennas)).toEqual({
      factories: 3,
      antennas: 3,
      hostCountries: 3,
      participatingCountries: 6, // IT SE FI + AT SI NO
      sectors: 3,
      investmentEur: 530_000_000,
      investmentDisclosed: 2,
      euEur: 215_000_000,
      euDisclosed: 1,
    });
  });
  it('is all zeros for an empty set', () => {
    expect(kpis([], [])).toMatchObject({ factories: 0, participatingCountries: 0, investmentEur: 0, investmentDisclosed: 0 });
  });
});

describe('sectorCoverage', () => {
  it('counts factories per sector, largest first, ties by label, empty sectors dropped', () => {
    expect(sectorCoverage(factories, sectors).map((s) => [s.slug, s.count])).toEqual([
      ['health', 2],
      ['climate', 1],
      ['space', 1],
    ]);
  });
  it('is empty for no factories', () => expect(sectorCoverage([], sectors)).toEqual([]));
});

describe('sectorMatrix', () => {
  it('has a row per factory and a column per covered sector', () => {
    const m = sectorMatrix(factories, sectors);
    expect(m.sectors.map((s) => s.slug)).toEqual(['health', 'climate', 'space']);
    expect(m.rows.find((r) => r.id === 'alpha')?.covers).toEqual([true, true, false]);
    expect(m.rows.find((r) => r.id === 'gamma')?.covers).toEqual([false, false, true]);
  });
});

describe('countrySpread', () => {
  it('counts host, partner and antenna roles per country', () => {
    const rows = countrySpread(factories, antennas);
    const it_ = rows.find((r) => r.country === 'IT');
    expect(it_).toMatchObject({ hosted: 1, partnerIn: 1, antennas: 0, name: 'Italy' });
    expect(it_?.factoryIds).toEqual(['alpha', 'gamma']);
    expect(rows.find((r) => r.country === 'MT')).toMatchObject({ hosted: 0, partnerIn: 0, antennas: 1 });
    expect(rows[0]?.country).toBe('IT');
    expect(rows).toHaveLength(9); // IT SE FI AT SI NO MT IS BE
  });
});

describe('countryRoleMap', () => {
  it('keeps the strongest role: host over partner over antenna', () => {
    const roles = countryRoleMap(factories, [...antennas, { ...antennas[0]!, id: 'x', country: 'IT' }]);
    expect(roles.IT).toBe('host');
    expect(roles.NO).toBe('partner');
    expect(roles.MT).toBe('antenna');
  });
});

describe('fundingByFactory', () => {
  it('sorts disclosed totals first and keeps unknowns as null, never zero', () => {
    const rows = fundingByFactory(factories);
    expect(rows.map((r) => r.id)).toEqual(['alpha', 'beta', 'gamma']);
    expect(rows[0]).toMatchObject({ euEur: 215_000_000, nationalEur: 215_000_000, unsplitEur: 0 });
    expect(rows[1]).toMatchObject({ totalEur: 100_000_000, euEur: null, unsplitEur: 100_000_000 });
    expect(rows[2]).toMatchObject({ totalEur: null, unsplitEur: null });
  });
  it('puts a larger disclosed total first', () => {
    const rows = fundingByFactory([
      factory({ id: 'a', funding: { totalEur: 1, euEur: null, nationalEur: null } }),
      factory({ id: 'b', funding: { totalEur: null, euEur: null, nationalEur: null } }),
      factory({ id: 'c', funding: { totalEur: 5, euEur: null, nationalEur: null } }),
    ]);
    expect(rows.map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('fundingByWave', () => {
  it('gives the announced total and what the shown factories disclose', () => {
    expect(fundingByWave(factories, waves)).toEqual([
      {
        id: 1,
        label: 'Wave 1',
        selectedOn: '2024-12-10',
        factories: 2,
        announcedEur: 1_500_000_000,
        announcedMinEur: null,
        announcedEuEur: 750_000_000,
        disclosedEur: 530_000_000,
        disclosedFactories: 2,
      },
      {
        id: 2,
        label: 'Wave 2',
        selectedOn: '2025-03-12',
        factories: 1,
        announcedEur: 485_000_000,
        announcedMinEur: null,
        announcedEuEur: null,
        disclosedEur: 0,
        disclosedFactories: 0,
      },
    ]);
  });
  it('drops waves with no shown factory', () => expect(fundingByWave([], waves)).toEqual([]));
  it('carries the lower bound of a wave announced only as "over €X"', () => {
    const [wave3] = fundingByWave([factory({ id: 'gamma', wave: 3 })], waves);
    expect(wave3).toMatchObject({ id: 3, announcedEur: null, announcedMinEur: 500_000_000 });
  });
});
