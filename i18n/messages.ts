// Messages per language, read from messages/<locale>.json at build time (server only). The pseudo-locale is
// generated from English. `pickMessages` hands a client island only the namespaces it uses.
// Every message is compiled here (icu-minify), so pages format them with next-intl's small format-only runtime
// (next.config.js aliases `use-intl/format-message` to it): no ICU parser ships to the browser.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import compile from 'icu-minify/compile';
import { intlWords } from '@/lib/i18n/intl-words';
import { DEFAULT_LOCALE, PSEUDO_LOCALE, type PageLocale } from '@/lib/i18n/locales';
import { pseudoMessages, type Messages } from '@/lib/i18n/pseudo-locale';

/** A messages tree as the runtime takes it: each message compiled to icu-minify's compact form. */
export type CompiledMessages = { [key: string]: unknown };

const raw = new Map<string, Messages>();
const cache = new Map<string, CompiledMessages>();

function readMessages(locale: string): Messages {
  const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'messages', `${locale}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Messages;
}

/**
 * The messages as written (ICU strings): for words used outside the translator. Every language but English (whose
 * formatters are written by hand) gets in `format` the words Intl would otherwise build in the browser on load
 * (lib/i18n/intl-words.ts), taken from Intl here.
 */
export function rawMessages(locale: PageLocale): Messages {
  let messages = raw.get(locale);
  if (!messages) {
    if (locale === PSEUDO_LOCALE) messages = pseudoMessages(readMessages('en'));
    else {
      messages = readMessages(locale);
      const words = locale === DEFAULT_LOCALE ? null : intlWords(locale);
      if (words) messages = { ...messages, format: { ...(messages.format as Messages), ...words } };
    }
    raw.set(locale, messages);
  }
  return messages;
}

function compileTree(messages: Messages): CompiledMessages {
  return Object.fromEntries(
    // Through JSON: icu-minify builds null-prototype objects, which React will not pass to a client component.
    Object.entries(messages).map(([key, value]) => [key, typeof value === 'string' ? JSON.parse(JSON.stringify(compile(value))) : compileTree(value)]),
  );
}

/** The messages of a language, compiled, for next-intl. */
export function loadMessages(locale: PageLocale): CompiledMessages {
  let messages = cache.get(locale);
  if (!messages) {
    messages = compileTree(rawMessages(locale));
    cache.set(locale, messages);
  }
  return messages;
}

/** Only the named namespaces: what crosses to the browser for one island, in one language. */
export function pickMessages(locale: PageLocale, namespaces: readonly string[]): CompiledMessages {
  const all = loadMessages(locale);
  return Object.fromEntries(namespaces.filter((n) => n in all).map((n) => [n, all[n]]));
}
