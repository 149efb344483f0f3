// The European countries the finder offers, each with its capital: distances to a factory are measured from there.
// Coordinates are the capitals' city centres, rounded to 2 decimals (about 1 km), which is finer than the
// 10 km the finder rounds distances to. Names of countries come from Intl (lib/i18n/format.ts), never from here.

export type CountryGroup = 'eu' | 'eea-efta' | 'other';

export interface Capital {
  /** ISO 3166-1 alpha-2 (XK for Kosovo). */
  code: string;
  city: string;
  lat: number;
  lon: number;
  group: CountryGroup;
}

export const COUNTRY_GROUPS: { group: CountryGroup; label: string }[] = [
  { group: 'eu', label: 'EU member states' },
  { group: 'eea-efta', label: 'EEA and EFTA' },
  { group: 'other', label: 'Other European countries' },
];

const eu = (code: string, city: string, lat: number, lon: number): Capital => ({ code, city, lat, lon, group: 'eu' });
const efta = (code: string, city: string, lat: number, lon: number): Capital => ({ code, city, lat, lon, group: 'eea-efta' });
const other = (code: string, city: string, lat: number, lon: number): Capital => ({ code, city, lat, lon, group: 'other' });

export const CAPITALS: readonly Capital[] = [
  // EU 27
  eu('AT', 'Vienna', 48.21, 16.37),
  eu('BE', 'Brussels', 50.85, 4.35),
  eu('BG', 'Sofia', 42.7, 23.32),
  eu('HR', 'Zagreb', 45.81, 15.98),
  eu('CY', 'Nicosia', 35.17, 33.36),
  eu('CZ', 'Prague', 50.08, 14.44),
  eu('DK', 'Copenhagen', 55.68, 12.57),
  eu('EE', 'Tallinn', 59.44, 24.75),
  eu('FI', 'Helsinki', 60.17, 24.94),
  eu('FR', 'Paris', 48.86, 2.35),
  eu('DE', 'Berlin', 52.52, 13.4),
  eu('GR', 'Athens', 37.98, 23.73),
  eu('HU', 'Budapest', 47.5, 19.04),
  eu('IE', 'Dublin', 53.35, -6.26),
  eu('IT', 'Rome', 41.9, 12.5),
  eu('LV', 'Riga', 56.95, 24.11),
  eu('LT', 'Vilnius', 54.69, 25.28),
  eu('LU', 'Luxembourg', 49.61, 6.13),
  eu('MT', 'Valletta', 35.9, 14.51),
  eu('NL', 'Amsterdam', 52.37, 4.9),
  eu('PL', 'Warsaw', 52.23, 21.01),
  eu('PT', 'Lisbon', 38.72, -9.14),
  eu('RO', 'Bucharest', 44.43, 26.1),
  eu('SK', 'Bratislava', 48.15, 17.11),
  eu('SI', 'Ljubljana', 46.06, 14.51),
  eu('ES', 'Madrid', 40.42, -3.7),
  eu('SE', 'Stockholm', 59.33, 18.07),
  // EEA (Iceland, Liechtenstein, Norway) and EFTA (the same plus Switzerland)
  efta('IS', 'Reykjavík', 64.15, -21.94),
  efta('LI', 'Vaduz', 47.14, 9.52),
  efta('NO', 'Oslo', 59.91, 10.75),
  efta('CH', 'Bern', 46.95, 7.45),
  // The UK, the Western Balkans, the Eastern partners and candidates, the microstates
  other('GB', 'London', 51.51, -0.13),
  other('AL', 'Tirana', 41.33, 19.82),
  other('BA', 'Sarajevo', 43.86, 18.41),
  other('ME', 'Podgorica', 42.44, 19.26),
  other('MK', 'Skopje', 42.0, 21.43),
  other('RS', 'Belgrade', 44.79, 20.46),
  other('XK', 'Pristina', 42.66, 21.17),
  other('UA', 'Kyiv', 50.45, 30.52),
  other('MD', 'Chișinău', 47.01, 28.86),
  other('TR', 'Ankara', 39.93, 32.86),
  other('GE', 'Tbilisi', 41.72, 44.79),
  other('AM', 'Yerevan', 40.18, 44.51),
  other('AD', 'Andorra la Vella', 42.51, 1.52),
  other('MC', 'Monaco', 43.73, 7.42),
  other('SM', 'San Marino', 43.94, 12.45),
  other('VA', 'Vatican City', 41.9, 12.45),
];

const byCode = new Map(CAPITALS.map((c) => [c.code, c]));

export function capitalOf(code: string): Capital | undefined {
  return byCode.get(code);
}
