// All numbers, money, dates and country names go through here so the server and the browser agree.
import { COUNTRY_NAMES, euCountryName } from './country-names';
import { joinList, type IntlWords } from './intl-words';
import { handNumber } from './number-words';

let regionNames: Intl.DisplayNames | undefined;

/** English country name from an ISO alpha-2 code ("FI" → "Finland"), as Intl gives it. */
export function countryName(code: string): string {
  const known = COUNTRY_NAMES.get(code);
  if (known) return known;
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
  return regionNames.of(code) ?? code;
}

const NOT_DISCLOSED = 'not disclosed';

/**
 * What `new Intl.NumberFormat('en-GB', { maximumFractionDigits })` writes: "1,234,568", "1.5", by hand
 * (lib/i18n/number-words.ts) because the first Intl object a page builds costs Chromium 20 to 40 ms of main thread on
 * load; format.test.ts compares the two. Numbers String() writes with an exponent (and NaN, ∞) are rare: Intl does those.
 */
function decimal(value: number, maximumFractionDigits: number): string {
  const written = handNumber(Math.abs(value), maximumFractionDigits, 'en');
  if (written === null) return new Intl.NumberFormat('en-GB', { maximumFractionDigits }).format(value);
  return `${value < 0 ? '-' : ''}${written}`;
}

/** Compact euros: €1.5 bn, €485 m, €900 k, €12; null → "not disclosed". */
export function formatEur(value: number | null | undefined): string {
  if (value === null || value === undefined) return NOT_DISCLOSED;
  const abs = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  if (abs >= 1e9) return `${sign}€${decimal(abs / 1e9, 1)} bn`;
  if (abs >= 1e6) return `${sign}€${decimal(abs / 1e6, 0)} m`;
  if (abs >= 1e3) return `${sign}€${decimal(abs / 1e3, 0)} k`;
  return `${sign}€${decimal(abs, 0)}`;
}

/** An announced total, or its stated lower bound ("over €500 m"), or "not disclosed". */
export function formatAnnounced(exact: number | null, atLeast: number | null, format: (v: number) => string = formatEur): string {
  if (exact !== null) return format(exact);
  return atLeast !== null ? `over ${format(atLeast)}` : NOT_DISCLOSED;
}

/** Full euros for tables and tooltips: €1,500,000,000. */
export function formatEurFull(value: number | null | undefined): string {
  if (value === null || value === undefined) return NOT_DISCLOSED;
  return `€${decimal(value, 0)}`;
}

export function formatNumber(value: number): string {
  return decimal(value, 0);
}

function formatPercent(share: number): string {
  return `${decimal(share * 100, 0)} %`;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "2024-12-10" → "10 December 2024"; "2025-06" → "June 2025"; "2026" → "2026".
 * Parsed by hand, not with Date, so no time zone can shift the day.
 */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (!month) return year ?? iso;
  const name = months[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** "2024-12-10" → "Dec 2024", for chart axes. */
export function formatMonth(iso: string): string {
  const [year, month] = iso.split('-');
  if (!month) return year ?? iso;
  return `${(months[Number(month) - 1] ?? month).slice(0, 3)} ${year}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

/** "a, b and c" */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

// ---- Every language: one set of formatters per page language. ----

/** The words a formatter needs from the page's messages (messages/<locale>.json, namespace `format`). */
/** The page's words for formatting; in a language other than English, also what Intl would say (intl-words.ts). */
export interface FormatWords extends Partial<IntlWords> {
  notDisclosed: string;
  /** A stated lower bound, with `{value}` for the amount: "over {value}". */
  over: string;
  /** A label quoted inside a sentence, with `{value}` for it: "“{value}”", "„{value}“". */
  quote: string;
  /**
   * Compact euros of our own, not Intl's compact notation, whose words differ between engines (Node writes
   * "2600,0 M €" where Chromium writes "2600 M €"): `{value}` is the amount in billions, one decimal. Empty in a
   * language that counts billions in millions (Spanish "2600 M €").
   */
  billions: string;
  /** The same in millions, whole: "{value} Mio. €". Below a million the amount is written in full. */
  millions: string;
  /** The twelve short month names, space-separated, with their dots where the language writes them ("Dez."). */
  monthsShort: string;
  /** A short month with its year, for axes and sentences: "{month} {year}". */
  monthYear: string;
}

export interface Formats {
  /** The BCP 47 tag Intl formats with. */
  locale: string;
  notDisclosed: string;
  countryName(code: string): string;
  /** Compact euros: "€1.5 bn", "1,5 Mrd. €"; null → not disclosed. */
  eur(value: number | null | undefined): string;
  /** Full euros for tables and tooltips. */
  eurFull(value: number | null | undefined): string;
  /** An announced total, or "over" its lower bound, or not disclosed. */
  announced(exact: number | null, atLeast: number | null, full?: boolean): string;
  number(value: number): string;
  percent(share: number): string;
  /** "10 December 2024", "June 2025", "2026" from a full or partial ISO date. */
  date(iso: string): string;
  /** Short month and year for axes: "Dec 2024", "Dez. 2024". */
  month(iso: string): string;
  /** The short month alone: "Dec", "Dez". */
  monthShort(iso: string): string;
  /** "a, b and c" in the language. */
  list(items: readonly string[]): string;
  /** A label in the language's quotation marks, so one inside a list reads as one item. */
  quote(label: string): string;
  /** Compares text as the language sorts it. */
  compare(a: string, b: string): number;
}

/** UTC dates from ISO parts, so no time zone can shift the day. */
function utc(iso: string): { date: Date; parts: number } {
  const [year, month, day] = iso.split('-').map(Number);
  return { date: new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)), parts: iso.split('-').length };
}

/** `{key}` in one of the page's patterns replaced by its value: "over {value}", "{month} {year}". */
const fill = (pattern: string, values: Record<string, string>) => pattern.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/** English: the hand-made formatters above (no Intl object built on load), with the page's words. */
function englishFormats(words: FormatWords): Formats {
  const orNot = (f: (v: number) => string) => (value: number | null | undefined) =>
    value === null || value === undefined ? words.notDisclosed : f(value);
  const eur = orNot((v) => formatEur(v));
  const eurFull = orNot((v) => formatEurFull(v));
  let collator: Intl.Collator | undefined;
  return {
    locale: 'en',
    notDisclosed: words.notDisclosed,
    countryName,
    eur,
    eurFull,
    announced: (exact, atLeast, full) =>
      exact !== null ? (full ? eurFull : eur)(exact) : atLeast !== null ? fill(words.over, { value: (full ? eurFull : eur)(atLeast) }) : words.notDisclosed,
    number: formatNumber,
    percent: formatPercent,
    date: formatDate,
    month: formatMonth,
    monthShort: (iso) => formatMonth(iso).slice(0, 3),
    list: listJoin,
    quote: (label) => fill(words.quote, { value: label }),
    compare: (a, b) => (collator ??= new Intl.Collator('en')).compare(a, b),
  };
}

/**
 * Any other language: the words Intl gave the server where the page has them (no Intl object built on load), else
 * Intl, each formatter built when first used.
 */
function intlFormats(locale: string, words: FormatWords): Formats {
  const lazy = <T>(make: () => T) => {
    let made: T | undefined;
    return () => (made ??= make());
  };
  const regions = lazy(() => new Intl.DisplayNames([locale], { type: 'region' }));
  const oneDecimal = lazy(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }));
  const full = lazy(() => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }));
  const integer = lazy(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));
  const percent = lazy(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));
  const day = lazy(() => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
  const monthYear = lazy(() => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }));
  const shortMonths = words.monthsShort.split(' ');
  const shortMonth = (iso: string) => shortMonths[Number(iso.slice(5, 7)) - 1] ?? iso.slice(5, 7);
  const list = lazy(() => new Intl.ListFormat(locale, { type: 'conjunction' }));
  const collator = lazy(() => new Intl.Collator(locale));
  const monthsOfDay = words.monthsOfDay?.split('|');
  const monthsAlone = words.monthsAlone?.split('|');
  const names = words.countryNames ? new Map(words.countryNames.split('|').map((entry) => [entry.slice(0, 2), entry.slice(3)])) : undefined;
  const whole = (value: number) => handNumber(value, 0, locale) ?? integer().format(value);
  const euros = (value: number) => {
    const n = words.eurPattern ? handNumber(value, 0, locale) : null;
    return n !== null ? fill(words.eurPattern!, { n }) : full().format(value);
  };
  const tenths = (value: number) => handNumber(value, 1, locale) ?? oneDecimal().format(value);
  const eur = (value: number | null | undefined) => {
    if (value === null || value === undefined) return words.notDisclosed;
    const abs = Math.abs(value);
    if (abs >= 1e9 && words.billions) return fill(words.billions, { value: tenths(value / 1e9) });
    if (abs >= 1e6) return fill(words.millions, { value: whole(value / 1e6) });
    return euros(value);
  };
  const eurFull = (value: number | null | undefined) =>
    value === null || value === undefined ? words.notDisclosed : euros(value);
  return {
    locale,
    notDisclosed: words.notDisclosed,
    countryName: (code) => euCountryName(locale, code) ?? names?.get(code) ?? regions().of(code) ?? code,
    eur,
    eurFull,
    announced: (exact, atLeast, isFull) =>
      exact !== null ? (isFull ? eurFull : eur)(exact) : atLeast !== null ? fill(words.over, { value: (isFull ? eurFull : eur)(atLeast) }) : words.notDisclosed,
    number: whole,
    percent: (share) => percent().format(share),
    date: (iso) => {
      const { date, parts } = utc(iso);
      if (parts === 1) return iso.slice(0, 4);
      const month = date.getUTCMonth();
      const year = String(date.getUTCFullYear());
      if (parts === 2) return monthsAlone && words.monthPattern ? fill(words.monthPattern, { month: monthsAlone[month]!, year }) : monthYear().format(date);
      return monthsOfDay && words.dayPattern ? fill(words.dayPattern, { day: String(date.getUTCDate()), month: monthsOfDay[month]!, year }) : day().format(date);
    },
    month: (iso) => (iso.length === 4 ? iso : fill(words.monthYear, { month: shortMonth(iso), year: iso.slice(0, 4) })),
    monthShort: (iso) => (iso.length === 4 ? '' : shortMonth(iso)),
    list: (items) => {
      const { listPair, listMiddle, listEnd } = words;
      return listPair !== undefined && listMiddle !== undefined && listEnd !== undefined ? joinList(items, { listPair, listMiddle, listEnd }) : list().format(items);
    },
    quote: (label) => fill(words.quote, { value: label }),
    compare: (a, b) => collator().compare(a, b),
  };
}

const formatsCache = new Map<string, Formats>();

/** The formatters of a page language ('en' keeps the hand-made English ones). */
export function formatsFor(locale: string, words: FormatWords): Formats {
  const key = `${locale}\u0000${Object.values(words).join('\u0000')}`;
  let formats = formatsCache.get(key);
  if (!formats) {
    formats = locale === 'en' ? englishFormats(words) : intlFormats(locale, words);
    formatsCache.set(key, formats);
  }
  return formats;
}
