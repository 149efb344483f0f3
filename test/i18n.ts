// English words for the unit tests of functions that take a translator: the real messages, the real formatters.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { formatsFor, type Formats } from '../lib/i18n/format';
import type { Translate } from '../lib/i18n/translate';

type Messages = Record<string, Record<string, string>>;

export function messagesOf(locale: string): Messages {
  return JSON.parse(readFileSync(path.join(process.cwd(), 'messages', `${locale}.json`), 'utf8')) as Messages;
}

/** `t` for one namespace and `fmt` for one language, as a page in that language has them. */
export function wordsFor(namespace: string, locale = 'en'): { t: Translate; fmt: Formats } {
  const messages = messagesOf(locale);
  const t = createTranslator({ locale, messages, namespace }) as unknown as Translate;
  const fmt = formatsFor(locale, { notDisclosed: messages.format!.notDisclosed!, over: messages.format!.over! });
  return { t, fmt };
}
