// The languages of the site and the paths they live at. English stays at unprefixed URLs, so every link made
// before the site had languages keeps working; every other language lives under /<locale>/. No proxy decides
// this at request time: each path is its own prerendered page, which is what a static export needs.

import { LOCALES, MENU_ORDER } from './locale-codes.js';

/** Adding a language: its messages file in messages/<locale>.json, its sector labels, and one line in locale-codes.js (docs/i18n.md). */
export { LOCALES, MENU_ORDER };
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * Accented, ~40 % longer English generated from en.json (lib/i18n/pseudo-locale.ts), to catch overflow and strings
 * left untranslated. Only built when PSEUDO_LOCALE=1 (the e2e build), and never offered in the switcher.
 */
export const PSEUDO_LOCALE = 'en-XA';
export type PageLocale = Locale | typeof PSEUDO_LOCALE;

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

export function isPageLocale(value: string): value is PageLocale {
  return isLocale(value) || value === PSEUDO_LOCALE;
}

/** The locales that get their own prefixed pages in this build. */
export function prefixedLocales(pseudo = false): PageLocale[] {
  const prefixed: PageLocale[] = LOCALES.filter((l) => l !== DEFAULT_LOCALE);
  return pseudo ? [...prefixed, PSEUDO_LOCALE] : prefixed;
}

/** The locale Intl formats with: the pseudo-locale formats as English. */
export function intlLocale(locale: PageLocale): Locale {
  return locale === PSEUDO_LOCALE ? 'en' : locale;
}

/** "/find?country=PL" in German → "/de/find?country=PL"; English keeps the path as it is. */
export function localePath(locale: PageLocale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  if (locale === DEFAULT_LOCALE) return clean;
  if (clean === '/') return `/${locale}`;
  if (clean.startsWith('/?') || clean.startsWith('/#')) return `/${locale}${clean.slice(1)}`;
  return `/${locale}${clean}`;
}

/** The locale a path is in, and the path without its prefix: "/de/find" → { locale: 'de', rest: '/find' }. */
export function splitLocalePath(pathname: string): { locale: PageLocale; rest: string } {
  const match = /^\/([A-Za-z]{2}(?:-[A-Za-z]{2})?)(?=\/|$)(.*)$/.exec(pathname);
  if (match && isPageLocale(match[1]!) && match[1] !== DEFAULT_LOCALE) return { locale: match[1] as PageLocale, rest: match[2] || '/' };
  return { locale: DEFAULT_LOCALE, rest: pathname || '/' };
}

/** The same page in another language: path, query and hash kept. */
export function switchLocaleHref(target: PageLocale, pathname: string, search = '', hash = ''): string {
  return `${localePath(target, splitLocalePath(pathname).rest)}${search}${hash}`;
}

/**
 * The first of the reader's browser languages the site has, other than English ("de-AT" → de), or null.
 * English first in the list means the reader reads English: nothing to offer.
 */
export function preferredLocale(browserLanguages: readonly string[]): Locale | null {
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (base === DEFAULT_LOCALE) return null;
    if (isLocale(base)) return base;
  }
  return null;
}
