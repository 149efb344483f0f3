// Every page of every language, read from the build's HTML as a translator would read it (test/page-language.ts): no
// English outside an element marked lang="en", no doubled full stop, no {placeholder} left, no count whose caption
// takes a form the language's plural rules reject for it. No browser: the prerendered files are the pages the servers
// send, so this covers all of them in seconds. What the browser alone draws (a filter's counts, a slide) is worded
// by the same messages, which i18n/sentences.test.ts reads at the edge cases.
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LOCALE, LOCALES } from '../lib/i18n/locales';
import { EMBED_VIEWS } from '../lib/url/embed';
import { languageProblems, rulesFor, type LanguageRules } from '../test/page-language';

const BUILD = '.next/server/app';
const DATA = 'data/ai-factories.json';

interface Named {
  id: string;
  name: string;
  acronym?: string;
  host?: string | null;
}

/** The data's names, which stay as their owners write them in every language ("Irish Centre for High-End Computing"). */
function namesIn(file: string): string[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { factories: Named[]; antennas: Named[] };
  return [...data.factories, ...data.antennas].flatMap((r) => [r.name, r.acronym ?? '', r.host ?? '']).filter(Boolean);
}

function pagesOf(file: string): string[] {
  const { factories } = JSON.parse(readFileSync(file, 'utf8')) as { factories: Named[] };
  return ['', '/find', '/about', '/compare', '/present', ...EMBED_VIEWS.map((v) => `/embed/${v}`), ...factories.map((f) => `/factories/${f.id}`)];
}

const fileOf = (locale: string, page: string) => path.join(BUILD, `${`${locale === DEFAULT_LOCALE ? '' : `/${locale}`}${page}` || '/index'}.html`);
const messagesOf = (locale: string): unknown => JSON.parse(readFileSync(path.join('messages', `${locale}.json`), 'utf8'));
const rules = (locale: string): LanguageRules => rulesFor(locale, messagesOf(locale), namesIn(DATA));

for (const locale of LOCALES) {
  test(`${locale}: every page reads in its language`, () => {
    expect(existsSync(BUILD), `${BUILD}: built before the tests (npm run pretest:e2e)`).toBe(true);
    const language = rules(locale);
    const pages = pagesOf(DATA);
    const wrong: string[] = [];
    for (const page of pages) {
      const file = fileOf(locale, page);
      if (!existsSync(file)) wrong.push(`${file}: missing`);
      else wrong.push(...languageProblems(readFileSync(file, 'utf8'), language).map((p) => `${file}: ${p}`));
    }
    expect(wrong).toEqual([]);
  });
}

test('the check finds what it is there to find', () => {
  const at = (locale: string, page: string) => readFileSync(fileOf(locale, page), 'utf8');
  const greek = at('el', '/about');
  const el = rules('el');
  expect(languageProblems(greek, el)).toEqual([]);
  const inject = (html: string, text: string) => html.replace('<main', `<main><p>${text}</p><main`);
  expect(languageProblems(inject(greek, 'The call is for up to seven AI Gigafactories.'), el)).toContainEqual(expect.stringMatching(/^English outside lang="en" \(The, is, for\)/));
  // The same words marked as English are the data's own, and pass.
  expect(languageProblems(inject(greek, '<span lang="en">The call is for up to seven AI Gigafactories.</span>'), el)).toEqual([]);
  const bg = at('bg', '/about');
  expect(languageProblems(bg.replace(/(\d{4} г\.)(<\/time>)/, '$1$2.'), rules('bg'))).toContainEqual(expect.stringMatching(/^a doubled full stop: ".*г\.\./));
  expect(languageProblems(inject(greek, 'Σύνολο: {count}'), el)).toContainEqual(expect.stringMatching(/^a placeholder left: ".*\{count\}/));
  // Romanian writes "de" from 20: "21 țări" is the form for 2 to 19.
  expect(languageProblems(inject(at('ro', ''), '21 țări gazdă'), rules('ro'))).toContainEqual(expect.stringMatching(/^"21 țări": the language writes "țări" after few, not after 21/));
  expect(languageProblems(inject(at('ro', ''), '21 de țări gazdă'), rules('ro'))).toEqual([]);
  // Czech: "5 továren", not "5 továrny".
  expect(languageProblems(inject(at('cs', ''), '5 továrny na AI'), rules('cs'))).toContainEqual(expect.stringMatching(/^"5 továrny"/));
});
