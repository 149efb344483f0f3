// What a translator reading a built page would flag, found in its HTML: English left outside an element marked
// `lang="en"`, a doubled full stop, a `{placeholder}` no message filled, and a count whose caption takes a plural form
// the language's rules reject for that number. The plural forms come from the language's own messages, so the check
// knows Czech "3 továrny" from "5 továren" without a dictionary.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { parse as parseHtml, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * English words that carry a sentence: a page in another language that shows one outside `lang="en"` has English
 * in it. A word the language itself writes (Dutch "is", Czech "to", Italian "a") is dropped per language.
 */
const ENGLISH_FUNCTION_WORDS = [
  'the', 'and', 'of', 'with', 'for', 'is', 'are', 'was', 'were', 'from', 'to', 'by', 'on', 'at', 'this', 'that',
  'which', 'be', 'has', 'have', 'had', 'not', 'or', 'its', 'their', 'will', 'been', 'into', 'than', 'after',
  'before', 'under', 'between', 'each', 'only', 'also', 'there', 'these', 'those', 'when', 'where', 'who', 'what',
  'it', 'they', 'an', 'our', 'your', 'you', 'more', 'most', 'other', 'some', 'any', 'all', 'no', 'yet', 'about',
];

/** Elements whose text no reader sees as the page's prose. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'code', 'pre']);
/** Elements that end a run of text: words on either side do not run together. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'button', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'input',
  'label', 'legend', 'li', 'main', 'nav', 'ol', 'option', 'p', 'section', 'select', 'summary', 'table', 'td', 'th',
  'title', 'tr', 'ul',
]);

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value ?? null;

/**
 * The page's prose in its own language, as runs of text: every text node outside elements marked with another
 * language, joined as a browser shows them (inline elements run together, blocks apart), and the `title`, `alt` and
 * `aria-label` a screen reader says.
 */
export function proseOf(html: string, lang: string): string[] {
  const runs: string[] = [''];
  const walk = (node: Node) => {
    if (node.nodeName === '#text' && 'value' in node) {
      runs[runs.length - 1] += node.value;
      return;
    }
    if (!('tagName' in node)) {
      for (const child of 'childNodes' in node ? node.childNodes : []) walk(child);
      return;
    }
    const el = node as Element;
    if (SKIPPED.has(el.tagName)) return;
    const own = attr(el, 'lang');
    if (own !== null && own !== lang) return;
    for (const name of ['aria-label', 'alt', 'title', 'placeholder']) {
      const value = attr(el, name);
      if (value) runs.push(value, '');
    }
    if (el.tagName === 'meta' && ['description', 'og:description', 'og:title'].includes(attr(el, 'name') ?? attr(el, 'property') ?? '')) runs.push(attr(el, 'content') ?? '', '');
    const block = BLOCKS.has(el.tagName);
    if (block) runs.push('');
    for (const child of el.childNodes) walk(child);
    if (block) runs.push('');
    // A key figure's caption is a <dt> drawn under its number (<dd>): read them as the reader sees them.
    if (el.tagName === 'dd' && attr(el, 'data-kpi') !== null) {
      const dt = el.parentNode && 'childNodes' in el.parentNode ? el.parentNode.childNodes.find((c) => 'tagName' in c && c.tagName === 'dt') : undefined;
      if (dt) runs.push(`${textOf(el)} ${textOf(dt as Element)}`, '');
    }
  };
  // Scripts (the pages' payload is most of their bytes) and styles hold no prose: dropped before parsing, which is
  // the check's cost. A script's text cannot contain "</script", so the cut is exact.
  walk(parseHtml(html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '')));
  return runs.map((r) => r.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  return ('childNodes' in node ? node.childNodes : []).map(textOf).join('');
}

/** Plural forms of one language: the first word after a count, with the plural categories it is written for. */
export type PluralForms = Map<string, Set<string>>;

/**
 * The words each plural branch of the language's messages puts after its number (`one {# továrna}`), or at its
 * start when the number stands apart (a caption: `one {továrna}`), by category; `=1` counts as exactly one.
 */
export function pluralFormsOf(messages: unknown, lang: string): PluralForms {
  const forms: PluralForms = new Map();
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
  const add = (word: string | undefined, category: string) => {
    if (!word) return;
    const key = word.toLowerCase();
    if (!forms.has(key)) forms.set(key, new Set());
    forms.get(key)!.add(category);
  };
  const wordOf = (option: MessageFormatElement[], isCaption: boolean) => {
    const [first, second] = option;
    if (first?.type === TYPE.pound && second?.type === TYPE.literal) return second.value.match(/^\s+(\p{L}[\p{L}’'-]*)/u)?.[1];
    if (isCaption && first?.type === TYPE.literal && option.length === 1) return first.value.match(/^(\p{L}[\p{L}’'-]*)/u)?.[1];
    return undefined;
  };
  // A caption is a message that is one plural of plain words: its number stands beside it, not in it.
  const walk = (elements: MessageFormatElement[], isCaption: boolean) => {
    for (const el of elements) {
      if (el.type === TYPE.plural) {
        // The branch each category reads: its own, or `other` where the message has none for it.
        for (const category of categories) add(wordOf((el.options[category] ?? el.options.other)?.value ?? [], isCaption), category);
        for (const [selector, option] of Object.entries(el.options)) {
          if (selector.startsWith('=')) add(wordOf(option.value, isCaption), selector);
          walk(option.value, false);
        }
      } else if (el.type === TYPE.select) for (const option of Object.values(el.options)) walk(option.value, false);
      else if (el.type === TYPE.tag) walk(el.children, false);
    }
  };
  const visit = (value: unknown) => {
    if (typeof value === 'string') {
      try {
        const elements = parse(value);
        walk(elements, elements.length === 1);
      } catch {
        // Not ICU (a format word list): no plural in it.
      }
    } else if (value && typeof value === 'object') for (const v of Object.values(value)) visit(v);
  };
  visit(messages);
  return forms;
}

/** Every word of a messages file, lower-case: the language's own vocabulary. */
export function vocabularyOf(messages: unknown): Set<string> {
  const words = new Set<string>();
  const visit = (value: unknown) => {
    if (typeof value === 'string') for (const w of value.replace(/\{[^{}]*\}/g, ' ').match(/\p{L}[\p{L}’'-]*/gu) ?? []) words.add(w.toLowerCase());
    else if (value && typeof value === 'object') for (const v of Object.values(value)) visit(v);
  };
  visit(messages);
  return words;
}

export interface LanguageRules {
  lang: string;
  /** The language's own words: an English function word it also writes is not a leftover. */
  vocabulary: ReadonlySet<string>;
  forms: PluralForms;
  /** The names the data gives in their own words (factories, hosts, acronyms), as one pattern: they stay as they are. */
  verbatim: RegExp;
}

export function rulesFor(lang: string, messages: unknown, verbatim: readonly string[]): LanguageRules {
  const names = [...verbatim].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { lang, vocabulary: vocabularyOf(messages), forms: pluralFormsOf(messages, lang), verbatim: new RegExp(names.join('|') || '(?!)', 'g') };
}

const COUNT_THEN_WORD = /(?<![\p{L}\p{N}.,:/-])(\d{1,3}(?:[  .,]\d{3})*)(?![.,]\d)[  ]+(\p{L}[\p{L}’'-]*)/gu;

/** What a reader of the page's language would flag, each with the text around it. */
export function languageProblems(html: string, rules: LanguageRules): string[] {
  const found: string[] = [];
  const english = new Set(ENGLISH_FUNCTION_WORDS.filter((w) => !rules.vocabulary.has(w)));
  const plural = new Intl.PluralRules(rules.lang);
  for (const run of proseOf(html, rules.lang)) {
    if (/(?<![.…])\.\s*\.(?![.…])/.test(run)) found.push(`a doubled full stop: "${around(run, run.search(/(?<![.…])\.\s*\./))}"`);
    const placeholder = run.match(/\{[A-Za-z_][A-Za-z0-9_]*(?:,[^{}]*)?\}/);
    if (placeholder) found.push(`a placeholder left: "${around(run, placeholder.index!)}"`);
    if (rules.lang !== 'en') {
      // A publisher's host name ("www.ilgiornale.it") is an address, not words.
      const bare = run.replace(rules.verbatim, ' ').replace(/[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu, ' ');
      const words = (bare.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? []).filter((w) => english.has(w.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(w)); // "IT", "AT": codes, not words
      if (words.length) found.push(`English outside lang="en" (${[...new Set(words)].join(', ')}): "${run.slice(0, 160)}"`);
    }
    for (const m of run.matchAll(COUNT_THEN_WORD)) {
      const n = Number(m[1]!.replace(/[  .,]/g, ''));
      const categories = rules.forms.get(m[2]!.toLowerCase());
      if (!categories) continue;
      if (categories.has(`=${n}`) || categories.has(plural.select(n))) continue;
      found.push(`"${m[1]} ${m[2]}": the language writes "${m[2]}" after ${[...categories].join('/')}, not after ${n} (${plural.select(n)})`);
    }
  }
  return found;
}

function around(text: string, at: number): string {
  return text.slice(Math.max(0, at - 50), at + 30);
}
