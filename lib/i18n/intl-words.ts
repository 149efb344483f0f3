// What Intl would build in the browser to write dates, lists and country names, taken from Intl once, on the server,
// and sent with the page's words (i18n/messages.ts adds them to the `format` messages of every language but English,
// whose formatters are written by hand), as messages: the server formats with them as written, the browser through
// the ICU runtime, so they must hold no ICU syntax (the test checks). The first Intl object a page builds costs Chromium 20 to 30 ms of main
// thread (ICU's locale data; on a throttled phone, 100 ms inside hydration); with these words the dashboard in any
// language builds none on load. intl-words.test.ts checks every language against Intl, month by month.
import { COUNTRY_NAMES, euCountryName } from './country-names';

export interface IntlWords {
  /** The twelve month names as a date with a day writes them ("Dezember", "Δεκεμβρίου"), `|`-separated. */
  monthsOfDay: string;
  /** The twelve month names as a month with its year writes them ("Δεκέμβριος"), `|`-separated. */
  monthsAlone: string;
  /** A day's date with `{day}`, `{month}` and `{year}`: "{day}. {month} {year}". */
  dayPattern: string;
  /** A month's date with `{month}` and `{year}`: "{month} {year}". */
  monthPattern: string;
  /**
   * The words between two items of a list, between the first ones of a longer list, and before its last: " und ",
   * ", ", " und ". Absent where the words change with the next item (Spanish "y" is "e" before an i sound).
   */
  listPair?: string;
  listMiddle?: string;
  listEnd?: string;
  /** "AT Österreich|BE Belgien|…": every country the pages and the map name. */
  countryNames: string;
  /** Whole euros with `{n}` for the number: "{n} €", "€ {n}". */
  eurPattern: string;
}

function datePattern(format: Intl.DateTimeFormat): { pattern: string; months: string[] } | null {
  const months: string[] = [];
  let pattern: string | null = null;
  for (let month = 0; month < 12; month++) {
    const parts = format.formatToParts(new Date(Date.UTC(2026, month, 7)));
    if (parts.some((p) => !['day', 'month', 'year', 'literal'].includes(p.type))) return null;
    // V8's format() writes a plain space where formatToParts keeps ICU's narrow no-break space (" г.").
    const shape = parts.map((p) => (p.type === 'literal' ? p.value.replace(/\u202f/g, ' ') : `{${p.type}}`)).join('');
    // The same shape for every month, or the words cannot stand for Intl.
    if (pattern !== null && shape !== pattern) return null;
    pattern = shape;
    months.push(parts.find((p) => p.type === 'month')!.value);
  }
  return pattern === null ? null : { pattern, months };
}

type ListWords = Required<Pick<IntlWords, 'listPair' | 'listMiddle' | 'listEnd'>>;

function listWords(locale: string): ListWords | null {
  const format = new Intl.ListFormat(locale, { type: 'conjunction' });
  const between = (items: string[]) => format.formatToParts(items).filter((p) => p.type === 'literal').map((p) => p.value);
  const [pair] = between(['A', 'B']);
  const [middle, end] = between(['A', 'B', 'C']);
  if (pair === undefined || middle === undefined || end === undefined || between(['A', 'Ibiza'])[0] !== pair || between(['A', 'B', 'Ibiza'])[1] !== end)
    return null;
  return { listPair: pair, listMiddle: middle, listEnd: end };
}

/** Whole euros' pattern: the number's parts as one `{n}`, the sign and spaces as Intl writes them. */
function eurPattern(locale: string): string {
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).formatToParts(1234567);
  return parts
    .map((p) => (['integer', 'group'].includes(p.type) ? '{n}' : p.value))
    .join('')
    .replace(/(\{n\})+/, '{n}');
}

/** The words for `locale`, or null when Intl writes dates that they cannot stand for. */
export function intlWords(locale: string): IntlWords | null {
  const day = datePattern(new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
  const month = datePattern(new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }));
  const list = listWords(locale);
  if (!day || !month) return null;
  const regions = new Intl.DisplayNames([locale], { type: 'region' });
  const countryNames = [...COUNTRY_NAMES.keys()].map((code) => `${code} ${euCountryName(locale, code) ?? regions.of(code) ?? code}`).join('|');
  return {
    monthsOfDay: day.months.join('|'),
    monthsAlone: month.months.join('|'),
    dayPattern: day.pattern,
    monthPattern: month.pattern,
    ...list,
    countryNames,
    eurPattern: eurPattern(locale),
  };
}

/** A list joined with the words of `intlWords`, as Intl.ListFormat joins it. */
export function joinList(items: readonly string[], words: ListWords): string {
  if (items.length < 2) return items[0] ?? '';
  if (items.length === 2) return `${items[0]}${words.listPair}${items[1]}`;
  return `${items.slice(0, -1).join(words.listMiddle)}${words.listEnd}${items.at(-1)}`;
}
