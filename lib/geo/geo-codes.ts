// world-atlas identifies countries by ISO 3166-1 numeric code; the dataset uses alpha-2. Only the countries in or
// next to the Europe box are listed: anything else on the map is drawn as plain land.
export const NUMERIC_TO_ALPHA2: Record<string, string> = {
  '008': 'AL', '012': 'DZ', '020': 'AD', '031': 'AZ', '040': 'AT', '051': 'AM', '056': 'BE', '070': 'BA',
  '100': 'BG', '112': 'BY', '191': 'HR', '196': 'CY', '203': 'CZ', '208': 'DK', '233': 'EE', '234': 'FO',
  '246': 'FI', '248': 'AX', '250': 'FR', '268': 'GE', '276': 'DE', '300': 'GR', '304': 'GL', '336': 'VA',
  '348': 'HU', '352': 'IS', '364': 'IR', '368': 'IQ', '372': 'IE', '376': 'IL', '380': 'IT', '398': 'KZ',
  '400': 'JO', '422': 'LB', '428': 'LV', '434': 'LY', '438': 'LI', '440': 'LT', '442': 'LU', '470': 'MT',
  '492': 'MC', '498': 'MD', '499': 'ME', '504': 'MA', '528': 'NL', '578': 'NO', '616': 'PL', '620': 'PT',
  '642': 'RO', '643': 'RU', '674': 'SM', '682': 'SA', '688': 'RS', '703': 'SK', '705': 'SI', '724': 'ES',
  '752': 'SE', '756': 'CH', '760': 'SY', '788': 'TN', '792': 'TR', '804': 'UA', '807': 'MK', '818': 'EG',
  '826': 'GB', '831': 'GG', '832': 'JE', '833': 'IM',
};

/** Features that world-atlas leaves without a numeric id, by name. */
export const NAME_TO_ALPHA2: Record<string, string> = {
  Kosovo: 'XK',
  // The EU counts the north of the island as Cyprus's territory; it is coloured with Cyprus.
  'N. Cyprus': 'CY',
};
