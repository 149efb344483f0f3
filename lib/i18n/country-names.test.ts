import { describe, expect, it } from 'vitest';
import { CAPITALS } from '../geo/capitals';
import { COUNTRY_NAMES } from './country-names';
import { countryName } from './format';
import { loadDataset } from '../data/dataset';

const intl = new Intl.DisplayNames(['en'], { type: 'region' });

describe('COUNTRY_NAMES', () => {
  it('says what Intl says for every code it holds', () => {
    for (const [code, name] of COUNTRY_NAMES) expect(name, code).toBe(intl.of(code));
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
  });
});
