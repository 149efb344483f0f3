import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales';
import { handNumber } from './number-words';

describe('handNumber', () => {
  const values = [0, 0.5, 1, 1.45, 2.65, 7, 19, 99.95, 129.5, 999.4, 999.5, 999.96, 1000, 1240, 9999.5, 12_345, 20_216, 23_752, 1_234_567.8912, 2.6e9, 0.0005];

  it('writes what Intl writes in every language of the site', () => {
    for (const locale of LOCALES) {
      for (const digits of [0, 1, 3]) {
        const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
        for (const value of values) expect(handNumber(value, digits, locale), `${locale} ${value} ${digits}`).toBe(intl.format(value));
      }
    }
  });

  it('leaves to Intl what it does not know: negatives, exponents, non-numbers, other languages', () => {
    for (const value of [-3, -0, -0.5, 1e21, 1e-7, NaN, Infinity, '12', null, undefined]) expect(handNumber(value, 0, 'de'), String(value)).toBeNull();
    expect(handNumber(12, 0, 'hu')).toBeNull();
    expect(handNumber(12, 0, 'toString')).toBeNull();
  });
});
