import { describe, expect, it } from 'vitest';
import { cleanQuery, dashboardHref, EMPTY_FILTERS, FILTER_KEYS, isFilterKey, filterDomain, isFiltered, parseFilters, serializeFilters, toggleFilter, type FilterDomain } from './filters';

const domain: FilterDomain = { waves: [1, 2, 3], countries: ['ES', 'IT', 'FI', 'PT'], sectors: ['health', 'space'] };

describe('parseFilters', () => {
  it('reads every kind from URLSearchParams and from a Next searchParams object', () => {
    const expected = { waves: [1, 2], countries: ['IT', 'FI'], sectors: ['health'], q: 'lumi' };
    expect(parseFilters(new URLSearchParams('wave=1,2&country=IT,FI&sector=health&q=lumi'), domain)).toEqual(expected);
    expect(parseFilters({ wave: '1,2', country: ['IT', 'FI'], sector: 'health', q: 'lumi' }, domain)).toEqual(expected);
  });
  it('drops unknown and malformed values without throwing', () => {
    const params = new URLSearchParams('wave=0,-1,Infinity,1e3,2.5,abc,2&country=XX,it,<b>,__proto__&sector=Health,cooking');
    expect(parseFilters(params, domain)).toEqual({ waves: [2], countries: ['IT'], sectors: ['health'], q: '' });
    expect(parseFilters({ __proto__: 'x', constructor: 'y' } as never, domain)).toEqual(EMPTY_FILTERS);
  });
  it('orders values as the domain does and removes repeats', () => {
    expect(parseFilters(new URLSearchParams('country=PT,ES,PT&wave=3,1,3'), domain)).toMatchObject({ countries: ['ES', 'PT'], waves: [1, 3] });
  });
  it('accepts repeated keys', () => {
    expect(parseFilters(new URLSearchParams('wave=1&wave=3'), domain).waves).toEqual([1, 3]);
  });
});

describe('serializeFilters', () => {
  it('round-trips through parseFilters', () => {
    const filters = { waves: [1, 3], countries: ['ES', 'FI'], sectors: ['health', 'space'], q: 'a & b, "c"' };
    const query = serializeFilters(filters);
    expect(query).toBe('wave=1,3&country=ES,FI&sector=health,space&q=a+%26+b,+%22c%22');
    expect(parseFilters(new URLSearchParams(query), domain)).toEqual(filters);
  });
  it('is empty for no filters and keeps extra params', () => {
    expect(serializeFilters(EMPTY_FILTERS)).toBe('');
    expect(serializeFilters(EMPTY_FILTERS, { sort: 'name:asc', empty: '' })).toBe('sort=name:asc');
  });
});

describe('toggleFilter', () => {
  it('adds then removes a value', () => {
    const on = toggleFilter(EMPTY_FILTERS, 'countries', 'IT');
    expect(on.countries).toEqual(['IT']);
    expect(isFiltered(on)).toBe(true);
    const off = toggleFilter(on, 'countries', 'IT');
    expect(off.countries).toEqual([]);
    expect(isFiltered(off)).toBe(false);
  });

  it('adds or removes only, when forced', () => {
    const on = toggleFilter(EMPTY_FILTERS, 'waves', 2, true);
    expect(on.waves).toEqual([2]);
    expect(toggleFilter(on, 'waves', 2, true)).toBe(on);
    expect(toggleFilter(on, 'waves', 2, false).waves).toEqual([]);
    expect(toggleFilter(EMPTY_FILTERS, 'waves', 2, false)).toBe(EMPTY_FILTERS);
  });
});

describe('cleanQuery', () => {
  it('strips control characters, folds spaces and bounds length', () => {
    expect(cleanQuery('  a\u0000b\n\tc  ')).toBe('a b c');
    expect(cleanQuery('x'.repeat(500))).toHaveLength(100);
  });
});

describe('filterDomain', () => {
  it('lists waves, every participating country once, sorted, and the sectors', () => {
    const domain = filterDomain({
      waves: [{ id: 1 }, { id: 2 }],
      factories: [{ country: 'IT', partnerCountries: ['SI', 'AT'] }, { country: 'FI', partnerCountries: ['NO'] }],
      antennas: [{ country: 'MT' }, { country: 'IT' }],
      sectors: [{ slug: 'health' }],
    });
    expect(domain).toEqual({ waves: [1, 2], countries: ['AT', 'FI', 'IT', 'MT', 'NO', 'SI'], sectors: ['health'] });
  });
});

describe('what the parsers trim, cut and refuse', () => {
  const wide: FilterDomain = { ...domain, waves: [1, 2, 3, 12] };
  it('takes whole decimal numbers of up to three digits for waves: not 0x2, 1e0 or 2a', () => {
    expect(parseFilters(new URLSearchParams('wave=0x2,1e0,2a,a2,12'), wide).waves).toEqual([12]);
  });
  it('trims each listed value', () => {
    expect(parseFilters(new URLSearchParams('country=IT,%20FI%20&sector=%20space'), domain)).toMatchObject({ countries: ['IT', 'FI'], sectors: ['space'] });
  });
  it('cuts a long search at 100 characters, never inside one, and trims what the cut leaves', () => {
    expect(cleanQuery(`${'a'.repeat(99)} b`)).toBe('a'.repeat(99));
    expect(cleanQuery(`${'a'.repeat(99)}😀😀`)).toBe(`${'a'.repeat(99)}😀`);
  });
  it('toggles a value off and leaves the others', () => {
    expect(toggleFilter({ ...EMPTY_FILTERS, countries: ['IT', 'FI'] }, 'countries', 'IT').countries).toEqual(['FI']);
  });
});

describe('dashboardHref', () => {
  it('links to the dashboard with only the filters given, at a section', () => {
    expect(dashboardHref({ waves: [2] })).toBe('/?wave=2');
    expect(dashboardHref({ countries: ['IT'], sectors: ['health'] }, 'funding')).toBe('/?country=IT&sector=health#funding');
    expect(dashboardHref({})).toBe('/');
    expect(dashboardHref({}, 'timeline')).toBe('/#timeline');
  });

  it('names every filter key once, and knows the rest are not filters', () => {
    expect(Object.values(FILTER_KEYS)).toEqual(['wave', 'country', 'sector', 'q']);
    expect(isFilterKey('sector')).toBe(true);
    expect(isFilterKey('sort')).toBe(false);
  });
});
