// English names of the European countries the pages name most (the finder's list, every host, partner and antenna
// so far). In the browser, building an Intl.DisplayNames costs about 35 ms of main thread in Chromium (four times
// that on Lighthouse's throttled phone), on every page load; a table costs nothing. country-names.test.ts checks
// every entry against Intl, so the two never disagree, and any other code still goes to Intl.
const NAMES =
  'AT Austria|BE Belgium|BG Bulgaria|HR Croatia|CY Cyprus|CZ Czechia|DK Denmark|EE Estonia|FI Finland|FR France|' +
  'DE Germany|GR Greece|HU Hungary|IE Ireland|IT Italy|LV Latvia|LT Lithuania|LU Luxembourg|MT Malta|' +
  'NL Netherlands|PL Poland|PT Portugal|RO Romania|SK Slovakia|SI Slovenia|ES Spain|SE Sweden|IS Iceland|' +
  'LI Liechtenstein|NO Norway|CH Switzerland|GB United Kingdom|AL Albania|BA Bosnia & Herzegovina|ME Montenegro|' +
  'MK North Macedonia|RS Serbia|XK Kosovo|UA Ukraine|MD Moldova|TR Türkiye|GE Georgia|AM Armenia|AD Andorra|' +
  'MC Monaco|SM San Marino|VA Vatican City';

/** A Map, not an object: a code such as `__proto__` must find nothing. */
export const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map(
  NAMES.split('|').map((entry) => [entry.slice(0, 2), entry.slice(3)]),
);
