// Each language's own name, apart from locales.ts: only the language switcher shows them, and the pages without it
// (screen mode, the embeds) load locales.ts too.
import type { Locale } from './locales';

/** Each language's own name, as the switcher shows it to a reader of that language. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  it: 'Italiano',
  es: 'Español',
  pl: 'Polski',
  nl: 'Nederlands',
  sv: 'Svenska',
  fi: 'Suomi',
  el: 'Ελληνικά',
  cs: 'Čeština',
  bg: 'Български',
  ro: 'Română',
  sl: 'Slovenščina',
  lt: 'Lietuvių',
};
