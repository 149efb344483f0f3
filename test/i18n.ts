// English words for the unit tests of functions that take a translator: the real messages, the real formatters.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { formatsFor, type FormatWords, type Formats } from '../lib/i18n/format';
import { renderSentences, type SentenceWords } from '../lib/i18n/render-message';
import type { Translate } from '../lib/i18n/translate';
import type { Message } from '../lib/i18n/message';

type Messages = Record<string, Record<string, string>>;

export function messagesOf(locale: string): Messages {
  return JSON.parse(readFileSync(path.join(process.cwd(), 'messages', `${locale}.json`), 'utf8')) as Messages;
}

/** `t` for one namespace and `fmt` for one language, as a page in that language has them. */
export function wordsFor(namespace: string, locale = 'en'): { t: Translate; fmt: Formats } {
  const messages = messagesOf(locale);
  const t = createTranslator({ locale, messages, namespace }) as unknown as Translate;
  return { t, fmt: formatsOfLocale(locale) };
}

/** The formatters of one language, with the words of its messages file. */
export function formatsOfLocale(locale: string): Formats {
  return formatsFor(locale, messagesOf(locale).format as unknown as FormatWords);
}

/** The words a view model's sentences need in one language, with the fixtures' sector labels. */
export function sentencesFor(locale = 'en', sectors: readonly { slug: string; label: string }[] = []): SentenceWords {
  const { t, fmt } = wordsFor('sentences', locale);
  const labels = new Map(sectors.map((s) => [s.slug, s.label]));
  return { t, fmt, sectorLabel: (slug) => labels.get(slug) ?? slug };
}

/** A view model's sentences as a page in `locale` shows them. */
export function say(messages: Message | readonly Message[], locale = 'en', sectors: readonly { slug: string; label: string }[] = []): string {
  return renderSentences(Array.isArray(messages) ? messages : [messages as Message], sentencesFor(locale, sectors));
}
