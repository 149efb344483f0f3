// Checks a native editor would make of a sentence built from data, in any language: a count always chooses a
// plural form, and no English word is left in another language's sentence.
import { parse, type MessageFormatElement, TYPE } from '@formatjs/icu-messageformat-parser';

/** The count arguments a message uses other than as a plural's selector (e.g. a bare "{count} factories"). */
export function countsWithoutPlural(icu: string, counts: readonly string[]): string[] {
  const bare = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.plural) {
        for (const option of Object.values(el.options)) walk(option.value);
      } else if (el.type === TYPE.select) {
        for (const option of Object.values(el.options)) walk(option.value);
      } else if (el.type === TYPE.argument || el.type === TYPE.number) bare.add(el.value);
      else if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(icu));
  return counts.filter((name) => bare.has(name));
}

const WORD = /[\p{L}][\p{L}’'-]*/gu;

/** Lower-case words of a text, without the placeholders of an ICU message. */
export function wordsOf(text: string): string[] {
  return (text.replace(/\{[^{}]*\}/g, ' ').match(WORD) ?? []).map((w) => w.toLowerCase());
}

/**
 * The English words of `rendered`: words the English sentences use that the language's own messages never do.
 * `verbatim` holds what the data gives in its own words (factory names, cities), which stay as they are.
 */
export function englishLeftovers(rendered: string, english: ReadonlySet<string>, own: ReadonlySet<string>, verbatim: ReadonlySet<string>): string[] {
  return wordsOf(rendered).filter((w) => english.has(w) && !own.has(w) && !verbatim.has(w));
}
