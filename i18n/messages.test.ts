import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import compile from 'icu-minify/compile';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/i18n/locales';
import { pseudoMessages, type Messages } from '@/lib/i18n/pseudo-locale';
import { sectorsSchema } from '@/lib/data/schema';

const dir = path.join(process.cwd(), 'messages');
const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Messages;

/** Every key path of a messages tree: "site.navFind". */
function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

function flat(messages: Messages, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flat(value, `${prefix}${key}.`),
  );
}

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }>; children?: Element[] };

/** The argument and tag names a message uses ({count}, <code>…), inside plural and select branches too. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: Element[]) => {
    for (const e of elements) {
      // 0 literal and 7 pound carry no name; every other element names an argument or a tag.
      if (e.type !== 0 && e.type !== 7 && e.value) names.add(e.value);
      for (const option of Object.values(e.options ?? {})) walk(option.value);
      if (e.children) walk(e.children);
    }
  };
  walk(new IntlMessageFormat(message, 'en').getAst() as unknown as Element[]);
  return [...names].sort();
}

const english = read('en.json');
/** Empty on purpose: a language that counts billions in millions (Spanish "2600 M €") has no billions pattern. */
const MAY_BE_EMPTY = new Set(['format.billions']);

describe('messages', () => {
  it('has one file per listed language, and no file for a language not listed', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual([...LOCALES].sort());
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    const messages = read(`${locale}.json`);

    it(`${locale}: has exactly the keys English has (none missing, none English no longer uses)`, () => {
      const theirs = new Set(keys(messages));
      const ours = new Set(keys(english));
      expect([...ours].filter((k) => !theirs.has(k)), `missing in ${locale}.json`).toEqual([]);
      expect([...theirs].filter((k) => !ours.has(k)), `in ${locale}.json but not in en.json`).toEqual([]);
    });

    it(`${locale}: every message parses, is not left empty and takes no argument English does not pass`, () => {
      const en = new Map(flat(english));
      for (const [key, message] of flat(messages)) {
        // An empty label would be a control or a link without a name (axe scans four languages, not all fifteen).
        if ((en.get(key) ?? '').trim() && !MAY_BE_EMPTY.has(key)) expect(message.trim(), `${locale}.json ${key} is empty`).not.toBe('');
        expect(() => new IntlMessageFormat(message, locale), `${locale}.json ${key}`).not.toThrow();
        // What the pages run: the message compiled for next-intl's format-only runtime.
        expect(() => compile(message), `${locale}.json ${key}`).not.toThrow();
        const extra = argumentsOf(message).filter((a) => !argumentsOf(en.get(key) ?? '').includes(a));
        expect(extra, `${locale}.json ${key} uses arguments English does not pass`).toEqual([]);
      }
    });
  }

  it('the pseudo-locale keeps every key and every message still parses', () => {
    const pseudo = pseudoMessages(english);
    expect(keys(pseudo)).toEqual(keys(english));
    for (const [key, message] of flat(pseudo)) expect(() => new IntlMessageFormat(message, 'en'), key).not.toThrow();
  });
});

describe('the AI Gigafactories section', () => {
  it('words the data’s note and every dated step, the English copy being the data’s own', () => {
    const data = JSON.parse(readFileSync(path.join(process.cwd(), 'data', 'ai-factories.json'), 'utf8')) as {
      gigafactories: { note?: string; events: { date: string; summary: string }[] };
    };
    const { gigafactories } = data;
    const words = read('en.json').gigafactories as Record<string, string>;
    const expected: Record<string, string> = Object.fromEntries(gigafactories.events.map((e) => [`event_${e.date}`, e.summary]));
    if (gigafactories.note) expected.note = gigafactories.note;
    // A step added to the data, or reworded, needs its words here (and in every language: the key test above).
    expect(words).toEqual(expected);
  });
});

describe('sector labels', () => {
  it('name every sector in every language of the site', () => {
    const sectors = sectorsSchema.parse(JSON.parse(readFileSync(path.join(process.cwd(), 'data', 'sectors.json'), 'utf8')));
    for (const sector of sectors)
      for (const locale of LOCALES.filter((l) => l !== 'en')) expect(sector.labels?.[locale], `${sector.slug} in ${locale}`).toBeTruthy();
  });
});
