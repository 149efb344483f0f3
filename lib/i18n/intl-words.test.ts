import { describe, expect, it } from 'vitest';
import { COUNTRY_NAMES } from './country-names';
import { intlWords, joinList } from './intl-words';
import { LOCALES } from './locales';
import { handNumber } from './number-words';

const fill = (pattern: string, values: Record<string, string>) => pattern.replace(/\{(\w+)\}/g, (_, key: string) => values[key]!);

describe('intlWords', () => {
  const languages = LOCALES.filter((l) => l !== 'en');

  it('writes every day and month of the year as Intl does, in every language', () => {
    for (const locale of languages) {
      const words = intlWords(locale);
      expect(words, locale).not.toBeNull();
      const { monthsOfDay, monthsAlone, dayPattern, monthPattern } = words!;
      const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        for (const d of [1, 7, 28]) {
          const date = new Date(Date.UTC(2025, m, d));
          expect(fill(dayPattern, { day: String(d), month: monthsOfDay.split('|')[m]!, year: '2025' }), `${locale} ${m} ${d}`).toBe(day.format(date));
        }
        expect(fill(monthPattern, { month: monthsAlone.split('|')[m]!, year: '2025' }), `${locale} ${m}`).toBe(month.format(new Date(Date.UTC(2025, m, 1))));
      }
    }
  });

  it('joins lists of any length as Intl does, and leaves Spanish lists to Intl', () => {
    expect(intlWords('es')!.listPair, 'Spanish "y" becomes "e" before an i sound').toBeUndefined();
    for (const locale of languages.filter((l) => l !== 'es')) {
      const words = intlWords(locale)!;
      const list = new Intl.ListFormat(locale, { type: 'conjunction' });
      const join = { listPair: words.listPair!, listMiddle: words.listMiddle!, listEnd: words.listEnd! };
      for (const items of [[], ['Italia'], ['Italia', 'Suomi'], ['Italia', 'Suomi', 'Polska'], ['A', 'B', 'C', 'D', 'E']]) expect(joinList(items, join), `${locale} ${items.length}`).toBe(list.format(items));
    }
  });

  it('holds no ICU syntax, so the server (which reads the words as written) and the browser (through the ICU runtime) agree', () => {
    for (const locale of languages) {
      const text = Object.values(intlWords(locale)!).join('|').replace(/\{(day|month|year|n)\}/g, '');
      expect(text, locale).not.toMatch(/['{}#]/);
    }
  });

  it('writes whole euros as Intl does', () => {
    for (const locale of languages) {
      const intl = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
      for (const value of [0, 12, 999, 1000, 1234, 12_345, 900_000, 1.5e9])
        expect(fill(intlWords(locale)!.eurPattern, { n: handNumber(value, 0, locale)! }), `${locale} ${value}`).toBe(intl.format(value));
    }
  });

  it('names every country of the table as the pages do', () => {
    const words = intlWords('de')!;
    const names = new Map(words.countryNames.split('|').map((entry) => [entry.slice(0, 2), entry.slice(3)]));
    expect([...names.keys()]).toEqual([...COUNTRY_NAMES.keys()]);
    expect(names.get('AT')).toBe('Österreich');
    expect(names.get('GB')).toBe(new Intl.DisplayNames(['de'], { type: 'region' }).of('GB'));
    expect(new Map(intlWords('pl')!.countryNames.split('|').map((e) => [e.slice(0, 2), e.slice(3)])).get('NL')).toBe('Niderlandy');
  });
});
