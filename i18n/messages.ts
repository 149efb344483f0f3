// Messages per language, read from messages/<locale>.json at build time (server only). The pseudo-locale is
// generated from English. `pickMessages` hands a client island only the namespaces it uses.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PSEUDO_LOCALE, type PageLocale } from '@/lib/locales';
import { pseudoMessages, type Messages } from '@/lib/pseudo-locale';

const cache = new Map<string, Messages>();

function readMessages(locale: string): Messages {
  const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'messages', `${locale}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Messages;
}

export function loadMessages(locale: PageLocale): Messages {
  let messages = cache.get(locale);
  if (!messages) {
    messages = locale === PSEUDO_LOCALE ? pseudoMessages(readMessages('en')) : readMessages(locale);
    cache.set(locale, messages);
  }
  return messages;
}

/** Only the named namespaces: what crosses to the browser for one island, in one language. */
export function pickMessages(locale: PageLocale, namespaces: readonly string[]): Messages {
  const all = loadMessages(locale);
  return Object.fromEntries(namespaces.filter((n) => n in all).map((n) => [n, all[n]!]));
}
