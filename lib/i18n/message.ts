// A sentence as a view model (lib/views) hands it over: a message key and its values, not words. Each page words it
// in its own language (render-message.ts), so the dashboard, an embed and a slide showing one model say the same thing.

/**
 * A value a sentence takes. A bare number is a count of the things the sentence names, and the message must choose
 * its plural by it (the i18n test fails otherwise); every other kind is formatted for the page's language.
 */
export type MessageValue =
  | number
  /** Verbatim: a factory's name, as its sources give it. */
  | { text: string }
  /** A number that is not the count of a noun in the sentence: "of {total}". */
  | { num: number }
  | { eur: number }
  /** A month ("2025-03") or a full ISO date, as a month and a year. */
  | { month: string }
  /** An ISO date, full or partial ("2026", "2026-05", "2026-05-12"), as precise as it is. */
  | { date: string }
  | { year: string }
  /** An ISO 3166-1 alpha-2 code, named in the page's language. */
  | { country: string }
  /** A sector slug, labelled in the page's language; quoted inside a list, so "Health & life sciences" reads as one. */
  | { sector: string }
  /** Text the reader typed, in the language's quotation marks. */
  | { quoted: string }
  /** Joined as the language joins a list ("a, b and c"). */
  | { list: MessageValue[] }
  /** Parts of a caption, set apart by a middle dot: "wave 2 · Italy". */
  | { parts: MessageValue[] }
  /** A clause that is a sentence of its own making: "3 countries host a factory" inside a list of clauses. */
  | { message: Message };

export interface Message {
  /** A key of the `sentences` messages. */
  key: string;
  values?: Record<string, MessageValue>;
}

export function message(key: string, values?: Record<string, MessageValue>): Message {
  return values ? { key, values } : { key };
}
