// English names of the European countries the pages name most (the finder's list, every host, partner and antenna
// so far) and of the other land the map of Europe draws (its countries' tooltips). In the browser, building an Intl.DisplayNames costs about 35 ms of main thread in Chromium (four times
// that on Lighthouse's throttled phone), on every page load; a table costs nothing. country-names.test.ts checks
// every entry against Intl (or the EU's name below), so the two never disagree, and any other code still goes to Intl.
const NAMES =
  'AT Austria|BE Belgium|BG Bulgaria|HR Croatia|CY Cyprus|CZ Czechia|DK Denmark|EE Estonia|FI Finland|FR France|' +
  'DE Germany|GR Greece|HU Hungary|IE Ireland|IT Italy|LV Latvia|LT Lithuania|LU Luxembourg|MT Malta|' +
  'NL Netherlands|PL Poland|PT Portugal|RO Romania|SK Slovakia|SI Slovenia|ES Spain|SE Sweden|IS Iceland|' +
  'LI Liechtenstein|NO Norway|CH Switzerland|GB United Kingdom|AL Albania|BA Bosnia and Herzegovina|ME Montenegro|' +
  'MK North Macedonia|RS Serbia|XK Kosovo|UA Ukraine|MD Moldova|TR Türkiye|GE Georgia|AM Armenia|AD Andorra|' +
  'MC Monaco|SM San Marino|VA Vatican City|' +
  'JE Jersey|GG Guernsey|IM Isle of Man|AX Åland Islands|FO Faroe Islands|GL Greenland|RU Russia|BY Belarus|' +
  'AZ Azerbaijan|KZ Kazakhstan|MA Morocco|DZ Algeria|TN Tunisia|EG Egypt|IL Israel|LB Lebanon|JO Jordan|SY Syria|' +
  'IQ Iraq|IR Iran|SA Saudi Arabia';

/** A Map, not an object: a code such as `__proto__` must find nothing. */
export const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map(
  NAMES.split('|').map((entry) => [entry.slice(0, 2), entry.slice(3)]),
);

/**
 * Where the EU names a country otherwise than Intl (CLDR) does, the EU's name: the short names ("geographical
 * names") of the Interinstitutional Style Guide of the Publications Office of the EU, Annex A5 "List of countries,
 * territories and currencies" (publications.europa.eu/code/<language>/<language>-5000500.htm; member states also in
 * its section 7.1.1). Only the differences, found by comparing Intl in Node 20 (ICU 78) and Chromium 156 with the
 * guide for every code in NAMES and every language of the site; every other name is Intl's.
 * country-names.test.ts fails when Intl comes to agree with an entry, so the table never outlives its reason.
 */
const EU_NAMES: Record<string, Record<string, string>> = {
  en: { BA: 'Bosnia and Herzegovina' },
  it: { BA: 'Bosnia-Erzegovina', MD: 'Moldova' },
  pl: { NL: 'Niderlandy', GB: 'Zjednoczone Królestwo' },
  sv: { GB: 'Förenade kungariket' },
  fi: { GB: 'Yhdistynyt kuningaskunta' },
  el: { BA: 'Βοσνία-Ερζεγοβίνη' },
};

const EU_MAPS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(
  Object.entries(EU_NAMES).map(([locale, names]) => [locale, new Map(Object.entries(names))]),
);

/** The EU's name for a country in a language where it differs from Intl's, else undefined. */
export function euCountryName(locale: string, code: string): string | undefined {
  return EU_MAPS.get(locale)?.get(code);
}

/** Every exception, for the tests and the docs: [locale, code, name]. */
export function euCountryNames(): [string, string, string][] {
  return [...EU_MAPS].flatMap(([locale, names]) => [...names].map(([code, name]): [string, string, string] => [locale, code, name]));
}
