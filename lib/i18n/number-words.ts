// How each language of the site writes a number, so that pages write numbers without building an Intl.NumberFormat:
// the first one a page builds costs Chromium 20 to 60 ms of main thread (ICU's number data; on a throttled phone,
// 100 ms or more inside hydration). CLDR's separators as Intl has them; number-words.test.ts checks every language
// against Intl. `groupFrom`: the digits a whole part needs before it is grouped (Spanish writes 1000, but 10.000).
import type { Locale } from './locales';

const SEPARATORS: Readonly<Record<Locale, { decimal: string; group: string; groupFrom: 4 | 5 }>> = {
  en: { decimal: '.', group: ',', groupFrom: 4 },
  de: { decimal: ',', group: '.', groupFrom: 4 },
  fr: { decimal: ',', group: '\u202f', groupFrom: 4 },
  it: { decimal: ',', group: '.', groupFrom: 5 },
  es: { decimal: ',', group: '.', groupFrom: 5 },
  pl: { decimal: ',', group: '\u00a0', groupFrom: 5 },
  nl: { decimal: ',', group: '.', groupFrom: 4 },
  sv: { decimal: ',', group: '\u00a0', groupFrom: 4 },
  fi: { decimal: ',', group: '\u00a0', groupFrom: 4 },
  el: { decimal: ',', group: '.', groupFrom: 4 },
  cs: { decimal: ',', group: '\u00a0', groupFrom: 4 },
  bg: { decimal: ',', group: '\u00a0', groupFrom: 5 },
  ro: { decimal: ',', group: '.', groupFrom: 4 },
  sl: { decimal: ',', group: '.', groupFrom: 5 },
  lt: { decimal: ',', group: '\u00a0', groupFrom: 4 },
};

/**
 * What `new Intl.NumberFormat(locale, { maximumFractionDigits })` writes for a number that is not negative, rounded
 * half up like Intl; null for a language not in the table, a negative number (some languages write "−") or one
 * String() writes with an exponent, which Intl then writes.
 */
export function handNumber(value: unknown, maximumFractionDigits: number, locale: string): string | null {
  const words = Object.hasOwn(SEPARATORS, locale) ? SEPARATORS[locale as Locale] : undefined;
  if (!words || typeof value !== 'number' || !(value >= 0) || Object.is(value, -0) || /[eIN]/.test(String(value))) return null;
  let [int = '0', fraction = ''] = String(value).split('.');
  if (fraction.length > maximumFractionDigits) {
    const kept = int + fraction.slice(0, maximumFractionDigits);
    const rounded = fraction[maximumFractionDigits]! >= '5' ? String(BigInt(kept) + 1n).padStart(kept.length, '0') : kept;
    int = rounded.slice(0, rounded.length - maximumFractionDigits) || '0';
    fraction = rounded.slice(rounded.length - maximumFractionDigits);
  }
  fraction = fraction.replace(/0+$/, '');
  const grouped = int.length >= words.groupFrom ? int.replace(/\B(?=(\d{3})+$)/g, words.group) : int;
  return fraction ? `${grouped}${words.decimal}${fraction}` : grouped;
}
