import { describe, expect, it } from 'vitest';
import { CAPITALS } from '../geo/capitals';
import { COUNTRY_NAMES, euCountryName, euCountryNames } from './country-names';
import { countryName } from './format';
import { LOCALES } from './locales';
import { loadDataset } from '../data/dataset';

const intl = new Intl.DisplayNames(['en'], { type: 'region' });

describe('COUNTRY_NAMES', () => {
  it('says what Intl says for every code it holds, or what the EU says where the two differ', () => {
    for (const [code, name] of COUNTRY_NAMES) expect(name, code).toBe(euCountryName('en', code) ?? intl.of(code));
  });

  it('names every country the finder offers and every country in the bundled data', () => {
    const data = loadDataset();
    const codes = new Set([
      ...CAPITALS.map((c) => c.code),
      ...data.factories.flatMap((f) => [f.country, ...f.partnerCountries]),
      ...data.antennas.map((a) => a.country),
    ]);
    for (const code of codes) expect(COUNTRY_NAMES.has(code), code).toBe(true);
  });

  it('finds no name under a key of Object.prototype: such a code goes on to Intl, which refuses it', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) expect(() => countryName(key), key).toThrow(RangeError);
    expect(euCountryName('pl', '__proto__')).toBeUndefined();
    expect(euCountryName('__proto__', 'NL')).toBeUndefined();
  });
});

describe('the EU’s country names', () => {
  it('give the Interinstitutional Style Guide’s name where Intl differs', () => {
    expect(euCountryName('pl', 'NL')).toBe('Niderlandy');
    expect(euCountryName('pl', 'GB')).toBe('Zjednoczone Królestwo');
    expect(euCountryName('de', 'NL')).toBeUndefined();
  });

  it('hold only real differences, each for a language of the site and a code the pages name', () => {
    for (const [locale, code, name] of euCountryNames()) {
      expect(LOCALES as readonly string[], locale).toContain(locale);
      expect(COUNTRY_NAMES.has(code), code).toBe(true);
      // An entry Intl has come to agree with is dead weight: drop it.
      expect(new Intl.DisplayNames([locale], { type: 'region' }).of(code), `${locale} ${code}`).not.toBe(name);
    }
  });
});
