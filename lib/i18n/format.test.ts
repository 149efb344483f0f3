import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales';
import { formatsOfLocale, messagesOf } from '../../test/i18n';
import { intlWords } from './intl-words';
import { countryName, formatAnnounced, formatsFor, type FormatWords, formatDate, formatEur, formatEurFull, formatMonth, formatNumber, listJoin, plural } from './format';

describe('formatEur', () => {
  it('abbreviates billions and millions', () => {
    expect(formatEur(1_500_000_000)).toBe('€1.5 bn');
    expect(formatEur(2_000_000_000)).toBe('€2 bn');
    expect(formatEur(485_000_000)).toBe('€485 m');
    expect(formatEur(55_400_000)).toBe('€55 m');
    expect(formatEur(900_000)).toBe('€900 k');
    expect(formatEur(12)).toBe('€12');
    expect(formatEur(0)).toBe('€0');
  });
  it('says "not disclosed" for null, never zero', () => {
    expect(formatEur(null)).toBe('not disclosed');
    expect(formatEurFull(null)).toBe('not disclosed');
  });
  it('writes full euros with separators', () => expect(formatEurFull(1_500_000_000)).toBe('€1,500,000,000'));
});

describe('formatAnnounced', () => {
  it('prefers the exact total, then "over" the lower bound, then "not disclosed"', () => {
    expect(formatAnnounced(485_000_000, null)).toBe('€485 m');
    expect(formatAnnounced(null, 500_000_000)).toBe('over €500 m');
    expect(formatAnnounced(null, 500_000_000, formatEurFull)).toBe('over €500,000,000');
    expect(formatAnnounced(null, null)).toBe('not disclosed');
  });
});

describe('formatDate', () => {
  it('formats full and partial ISO dates without a time zone shift', () => {
    expect(formatDate('2024-12-10')).toBe('10 December 2024');
    expect(formatDate('2025-01-01')).toBe('1 January 2025');
    expect(formatDate('2025-06')).toBe('June 2025');
    expect(formatDate('2026')).toBe('2026');
    expect(formatMonth('2024-12-10')).toBe('Dec 2024');
  });
});

describe('number formatting by hand', () => {
  const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
  // Ties and near-ties in binary (1.45 is stored as 1.4499…), group boundaries, negatives, a seeded random sweep.
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const values = [
    0, 0.5, 1.45, 1.5, 2.5, 9.95, 99.95, 999.5, 999.95, 1000, 12345.5, 999999.5, 1e6, 1234567.89, 1.05e9, -2.5, -1234.5, 1e21, 2.5e22, 1e-7, -5e-8, Infinity, -Infinity, NaN,
    ...Array.from({ length: 2000 }, () => (random() - 0.2) * 10 ** Math.floor(random() * 13)),
  ];

  it('writes whole numbers as Intl en-GB does', () => {
    for (const v of values) expect(formatNumber(v), String(v)).toBe(whole.format(v));
  });

  it('writes one decimal as Intl en-GB does', () => {
    for (const v of values.filter((x) => x >= 1 && Number.isFinite(x))) {
      expect(formatEur(v * 1e9), String(v)).toBe(`€${oneDecimal.format((v * 1e9) / 1e9)} bn`);
    }
  });
});

describe('countryName', () => {
  it('names countries through Intl', () => {
    expect(countryName('FI')).toBe('Finland');
    expect(countryName('GB')).toBe('United Kingdom');
    expect(countryName('BA')).toBe('Bosnia and Herzegovina');
    expect(countryName('GR')).toBe('Greece');
    // Outside the table of European names: Intl answers.
    expect(countryName('JP')).toBe('Japan');
  });
});

describe('plural and listJoin', () => {
  it('writes counts and lists as prose', () => {
    expect(plural(1, 'factory', 'factories')).toBe('1 factory');
    expect(plural(19, 'factory', 'factories')).toBe('19 factories');
    expect(listJoin(['a'])).toBe('a');
    expect(listJoin(['a', 'b', 'c'])).toBe('a, b and c');
  });
});


describe('formatsFor', () => {
  const de = formatsOfLocale('de');

  it('writes a language\'s dates, lists and countries from the words Intl gave the server, building no Intl object', () => {
    const words = { ...(messagesOf('el').format as unknown as FormatWords), ...intlWords('el')! };
    const built: string[] = [];
    const saved = { DateTimeFormat: Intl.DateTimeFormat, ListFormat: Intl.ListFormat, DisplayNames: Intl.DisplayNames, NumberFormat: Intl.NumberFormat };
    for (const name of Object.keys(saved) as (keyof typeof saved)[])
      (Intl as unknown as Record<string, unknown>)[name] = new Proxy(saved[name], { construct: (target, args) => (built.push(name), Reflect.construct(target, args)) });
    try {
      const el = formatsFor('el', words);
      expect(el.date('2024-12-10')).toBe('10 Δεκεμβρίου 2024');
      expect(el.date('2025-06')).toBe('Ιούνιος 2025');
      expect(el.list(['α', 'β', 'γ'])).toBe('α, β και γ');
      expect(el.countryName('DE')).toBe('Γερμανία');
      expect(el.number(19)).toBe('19');
      expect(built).toEqual([]);
    } finally {
      Object.assign(Intl, saved);
    }
  });

  it('writes German money, numbers and dates with the page’s words and Intl', () => {
    expect(de.eur(1_500_000_000)).toBe('1,5\u00a0Mrd.\u00a0€');
    expect(de.eur(485_000_000)).toBe('485\u00a0Mio.\u00a0€');
    expect(de.eur(900_000)).toBe('900.000\u00a0€');
    expect(de.eurFull(1_500_000_000)).toBe('1.500.000.000\u00a0€');
    expect(de.number(1240)).toBe('1.240');
    expect(de.date('2024-12-10')).toBe('10. Dezember 2024');
    expect(de.date('2025-06')).toBe('Juni 2025');
    expect(de.date('2026')).toBe('2026');
    expect(de.list(['a', 'b', 'c'])).toBe('a, b und c');
  });

  it('keeps the dot of an abbreviated month where the language writes one', () => {
    expect(de.month('2024-12-10')).toBe('Dez. 2024');
    expect(de.monthShort('2024-12-10')).toBe('Dez.');
    expect(de.month('2025-03')).toBe('März 2025');
    expect(formatsOfLocale('fr').monthShort('2024-12')).toBe('déc.');
    expect(formatsOfLocale('bg').month('2024-12')).toBe('дек 2024');
    expect(formatsOfLocale('lt').month('2024-12')).toBe('2024 m. gruod.');
    expect(de.month('2026')).toBe('2026');
    expect(de.monthShort('2026')).toBe('');
  });

  it('says the page’s words for null and for a lower bound', () => {
    expect(de.eur(null)).toBe('nicht angegeben');
    expect(de.announced(null, 500_000_000)).toBe('über 500\u00a0Mio.\u00a0€');
    expect(de.announced(null, null)).toBe('nicht angegeben');
  });

  it('names countries in the page’s language, as the EU does where Intl differs', () => {
    expect(de.countryName('CZ')).toBe('Tschechien');
    expect(formatsOfLocale('pl').countryName('DE')).toBe('Niemcy');
    expect(formatsOfLocale('pl').countryName('NL')).toBe('Niderlandy');
    expect(formatsOfLocale('fr').countryName('NL')).toBe('Pays-Bas');
    expect(formatsOfLocale('el').countryName('GR')).toBe('Ελλάδα');
    expect(formatsOfLocale('bg').countryName('BG')).toBe('България');
  });

  it('keeps the hand-made English formats for English', () => {
    const en = formatsOfLocale('en');
    expect(en.eur(1_500_000_000)).toBe('€1.5 bn');
    expect(en.announced(null, 500_000_000)).toBe('over €500 m');
    expect(en.date('2024-12-10')).toBe('10 December 2024');
  });

  it('writes Spanish billions as millions, without a decimal, and Greek and Bulgarian units in their script', () => {
    expect(formatsOfLocale('es').eur(2_600_000_000)).toBe('2600\u00a0M\u00a0€');
    expect(formatsOfLocale('es').eur(1_500_000_000)).toBe('1500\u00a0M\u00a0€');
    expect(formatsOfLocale('el').eur(2_600_000_000)).toBe('2,6\u00a0δισ.\u00a0€');
    expect(formatsOfLocale('bg').eur(485_000_000)).toBe('485\u00a0млн.\u00a0€');
    expect(formatsOfLocale('nl').eur(2_600_000_000)).toBe('€\u00a02,6\u00a0mld');
  });

  it('gives every language a word for billions (or none) and for millions, and twelve short months', () => {
    for (const locale of LOCALES) {
      const words = messagesOf(locale).format!;
      expect(words.millions, locale).toContain('{value}');
      if (words.billions) expect(words.billions, locale).toContain('{value}');
      expect(words.monthsShort!.split(' '), locale).toHaveLength(12);
      const fmt = formatsOfLocale(locale);
      // Money is written only from the page's words and Intl's plain decimals, which every engine agrees on.
      expect(fmt.eur(2_600_000_000), locale).toMatch(/2[,.]?6/);
      expect(fmt.eur(485_000_000), locale).toMatch(/485/);
    }
  });
});

