// A source's title as the records write it: the source's own words, then, in brackets at the end, the editor's note
// in English (publisher, date, the figure quoted): "Stuttgarter Konsortium erhält Zuschlag … (Vergabeblog,
// 2024-12-18: new large AI-optimised system)". A page marks each part with its language.

export interface TitleParts {
  /** The title in the source's language (`lang` of the record, English when absent). */
  title: string;
  /** The trailing note in brackets, in English; null when there is none. */
  note: string | null;
}

/** Splits off the final bracketed note, matching its brackets, so "(a (b) c)" stays whole. */
export function titleParts(text: string): TitleParts {
  if (!text.endsWith(')')) return { title: text, note: null };
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i -= 1) {
    if (text[i] === ')') depth += 1;
    else if (text[i] === '(') depth -= 1;
    if (depth === 0) return i > 0 && text[i - 1] === ' ' ? { title: text.slice(0, i - 1), note: text.slice(i) } : { title: text, note: null };
  }
  return { title: text, note: null };
}
