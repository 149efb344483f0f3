// Words a view model's sentence (./message.ts) in one language: counts stay numbers for the message's
// plural, everything else is formatted by the page's formatters.
import type { Message, MessageValue } from './message';
import type { Formats } from './format';
import type { Translate } from './translate';

export interface SentenceWords {
  /** Reads the `sentences` messages of the page's language. */
  t: Translate;
  fmt: Formats;
  /** A sector's label in the page's language. */
  sectorLabel: (slug: string) => string;
}

function formatValue(value: MessageValue, words: SentenceWords, inList = false): string | number {
  const { fmt } = words;
  if (typeof value === 'number') return value;
  if ('text' in value) return value.text;
  if ('num' in value) return fmt.number(value.num);
  if ('eur' in value) return fmt.eur(value.eur);
  if ('month' in value) return fmt.date(value.month.slice(0, 7));
  if ('date' in value) return fmt.date(value.date);
  if ('year' in value) return value.year;
  if ('country' in value) return fmt.countryName(value.country);
  if ('sector' in value) return inList ? fmt.quote(words.sectorLabel(value.sector)) : words.sectorLabel(value.sector);
  if ('quoted' in value) return fmt.quote(value.quoted);
  if ('message' in value) return renderMessage(value.message, words);
  if ('parts' in value) return value.parts.map((item) => String(formatValue(item, words))).join(' · ');
  return fmt.list(value.list.map((item) => String(formatValue(item, words, true))));
}

export function renderMessage(m: Message, words: SentenceWords): string {
  if (!m.values) return words.t(m.key);
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(m.values)) values[name] = formatValue(value, words);
  return words.t(m.key, values);
}

/** Sentences one after another, as a takeaway of several reads. */
export function renderSentences(messages: readonly Message[], words: SentenceWords): string {
  return messages.map((m) => renderMessage(m, words)).join(' ');
}
