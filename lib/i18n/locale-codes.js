// @ts-check
// The site's languages, spelled once. Plain CommonJS so that everything can read it as it is: lib/i18n/locales.ts (the
// app), lib/site/security-headers.js (which next.config.js requires before any TypeScript runs), scripts/bench.mjs
// and the e2e specs. Adding a language: docs/i18n.md.

/**
 * English, then the languages in the order they were added; the menu orders them as the EU's sites do.
 * @type {readonly ['en', 'de', 'fr', 'it', 'es', 'pl', 'nl', 'sv', 'fi', 'el', 'cs', 'bg', 'ro', 'sl', 'lt']}
 */
const LOCALES = ['en', 'de', 'fr', 'it', 'es', 'pl', 'nl', 'sv', 'fi', 'el', 'cs', 'bg', 'ro', 'sl', 'lt'];

/**
 * The menu's order: the EU's protocol order, each language by its own name (български, español, čeština, Deutsch,
 * ελληνικά, English, …), as europa.eu's language menus list them, so every reader finds theirs where the EU puts it.
 * @type {readonly (typeof LOCALES)[number][]}
 */
const MENU_ORDER = ['bg', 'es', 'cs', 'de', 'el', 'en', 'fr', 'it', 'lt', 'nl', 'pl', 'ro', 'sl', 'fi', 'sv'];

/** The languages under a path prefix (`/de/…`): all but English, which keeps the unprefixed URLs. */
const PREFIXED_LOCALES = LOCALES.filter((l) => l !== 'en');

module.exports = { LOCALES, MENU_ORDER, PREFIXED_LOCALES };
