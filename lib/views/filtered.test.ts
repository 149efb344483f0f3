import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type Filters } from '../url/filters';
import { antennas, dataset, factories } from '../../test/fixtures';
import { filterAntennas, filterFactories, filteredView, fold, viewFromParams } from './filtered';

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

describe('filteredView', () => {
  it('says whether anything is filtered and carries what the filters leave', () => {
    expect(filteredView(dataset, EMPTY_FILTERS)).toMatchObject({ filtered: false, factories: factories, antennas: antennas });
    const wave2 = filteredView(dataset, f({ waves: [2] }));
    expect(wave2.filtered).toBe(true);
    expect(ids(wave2.factories)).toEqual(['gamma']);
    expect(ids(wave2.antennas)).toEqual(['antenna-is']);
  });
  it('reads the filters from a URL, dropping what it does not know', () => {
    const v = viewFromParams(dataset, new URLSearchParams('wave=2,9&country=xx,it&sector=space'));
    expect(v.filters).toEqual(f({ waves: [2], countries: ['IT'], sectors: ['space'] }));
    expect(ids(v.factories)).toEqual(['gamma']);
  });
});
