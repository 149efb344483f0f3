import { describe, expect, it } from 'vitest';
import { CAPITALS, COUNTRY_GROUPS, capitalOf } from './capitals';
import { isCountryCode } from '../data/countries';
import { loadDataset } from '../data/dataset';
import { countryName } from '../i18n/format';

describe('capitals', () => {
  it('lists each country once, with a valid code and a name from Intl', () => {
    const codes = CAPITALS.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of CAPITALS) {
      expect(isCountryCode(c.code), c.code).toBe(true);
      expect(countryName(c.code), c.code).not.toBe(c.code);
      expect(c.city.trim(), c.code).not.toBe('');
    }
  });

  it('gives every country a capital inside Europe’s box, to 2 decimals', () => {
    for (const c of CAPITALS) {
      expect(c.lat, c.code).toBeGreaterThanOrEqual(34);
      expect(c.lat, c.code).toBeLessThanOrEqual(72);
      expect(c.lon, c.code).toBeGreaterThanOrEqual(-25);
      expect(c.lon, c.code).toBeLessThanOrEqual(50);
      expect(Math.round(c.lat * 100) / 100, c.code).toBe(c.lat);
      expect(Math.round(c.lon * 100) / 100, c.code).toBe(c.lon);
    }
  });

  it('holds the 27 EU member states and every group it names', () => {
    expect(CAPITALS.filter((c) => c.group === 'eu')).toHaveLength(27);
    for (const { group } of COUNTRY_GROUPS) expect(CAPITALS.some((c) => c.group === group), group).toBe(true);
  });

  it('covers every country that takes part in the dataset, and Kosovo', () => {
    const data = loadDataset();
    const inData = [
      ...data.factories.flatMap((f) => [f.country, ...f.partnerCountries]),
      ...data.antennas.map((a) => a.country),
    ];
    for (const code of [...inData, 'XK', 'UA', 'MD', 'GB', 'CH']) expect(capitalOf(code), code).toBeDefined();
  });

  it('knows nothing of codes it does not list', () => {
    expect(capitalOf('US')).toBeUndefined();
    expect(capitalOf('')).toBeUndefined();
  });
});
