// Every page of every build, in every language, read as files: each carries a policy that allows exactly the inline
// scripts and styles it holds, and nothing else runs inline. The browser sweep (csp.spec.ts) shows the policy working
// on a slice of pages; this covers all of them, in a second or two per build, with the HTML parser browsers follow
// (parse5), not the regular expressions the build uses to write the policies.
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { DEFAULT_LOCALE, LOCALES } from '../lib/i18n/locales';
import { hashSource } from '../lib/site/page-policy.mjs';
import { EMBED_VIEWS } from '../lib/url/embed';
import { metaPolicyOf, serious } from '../test/csp';
import { readDataset } from './helpers';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const RUNNABLE = /^(text\/javascript|application\/javascript|module|importmap|speculationrules)?$/i;

/** Every page a language has: the site's own paths, with no language prefix. */
function pagesOf(file: string): string[] {
  const { factories } = readDataset(file);
  return ['', '/find', '/about', '/compare', '/present', ...EMBED_VIEWS.map((v) => `/embed/${v}`), ...factories.map((f) => `/factories/${f.id}`)];
}

/** Where a build keeps the HTML of `/el/find`: `el/find.html`; the default language's home is `index.html`. */
function fileOf(dir: string, locale: string, page: string): string {
  const name = `${locale === DEFAULT_LOCALE ? '' : `/${locale}`}${page}` || '/index';
  return path.join(dir, `${name}.html`);
}

function elements(node: Node): Element[] {
  const children = 'childNodes' in node ? node.childNodes : [];
  const own = 'tagName' in node ? [node as Element] : [];
  const inTemplate = 'content' in node && node.content ? elements(node.content as Node) : [];
  return [...own, ...children.flatMap(elements), ...inTemplate];
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value ?? null;
const text = (el: Element) => el.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? n.value : '')).join('');
const sources = (policy: string, directive: string) =>
  policy.split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === directive)?.slice(1) ?? [];

/** What is wrong with one page's policy, in words naming the page: nothing, for a page that is right. */
function problems(html: string): string[] {
  const found: string[] = [];
  const all = elements(parse(html));
  const metas = all.filter((el) => el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  if (metas.length !== 1) return [`${metas.length} meta policies`];
  const policy = metaPolicyOf(html) ?? '';
  if (policy !== attr(metas[0]!, 'content')) found.push('the meta policy reads differently to an HTML parser');
  const first = all.findIndex((el) => el.tagName === 'script' || el.tagName === 'style' || (el.tagName === 'link' && attr(el, 'rel') === 'stylesheet'));
  if (first !== -1 && first < all.indexOf(metas[0]!)) found.push('a script or style comes before the policy');
  found.push(...serious([policy]));

  const scripts = sources(policy, 'script-src');
  if (scripts[0] !== "'self'" || scripts.some((s) => s.startsWith("'unsafe") || s === '*' || /^(https?:|data:|blob:)/.test(s))) found.push(`script-src allows more than this origin and hashes: ${scripts.join(' ')}`);
  const styles = sources(policy, 'style-src-elem');
  for (const el of all) {
    if (el.tagName === 'script') {
      const src = attr(el, 'src');
      if (src !== null && !/^\/(?!\/)/.test(src)) found.push(`a script from elsewhere: ${src}`);
      if (src === null && RUNNABLE.test((attr(el, 'type') ?? '').trim()) && !scripts.includes(hashSource(text(el)))) found.push(`an inline script the policy does not allow: ${text(el).slice(0, 60)}`);
    }
    if (el.tagName === 'style' && !styles.includes(hashSource(text(el)))) found.push(`a <style> the policy does not allow: ${text(el).slice(0, 60)}`);
    for (const { name, value } of el.attrs) {
      if (/^on/i.test(name)) found.push(`an inline event handler: <${el.tagName} ${name}>`);
      if (['href', 'src', 'action', 'formaction'].includes(name) && /^\s*javascript:/i.test(value)) found.push(`a javascript: URL in <${el.tagName} ${name}>`);
    }
  }
  return found;
}

const BUILDS = [
  { name: 'next start (bundled data)', dir: '.next/server/app', data: 'data/ai-factories.json', copies: false },
  { name: 'next start (hostile data)', dir: '.next-hostile/server/app', data: 'e2e/fixtures/hostile.json', copies: false },
  // nginx serves the .br and .gz copies to browsers that take them: they must be the very page the policy was written into.
  { name: 'static export (nginx)', dir: 'out', data: 'data/ai-factories.json', copies: true },
];

for (const build of BUILDS) {
  test(`${build.name}: every page in every language allows exactly its own inline scripts and styles`, async () => {
    expect(existsSync(build.dir), `${build.dir}: built before the tests (npm run pretest:e2e)`).toBe(true);
    const pages = pagesOf(build.data);
    const wrong: string[] = [];
    let checked = 0;
    for (const locale of LOCALES) {
      for (const page of pages) {
        const file = fileOf(build.dir, locale, page);
        if (!existsSync(file)) {
          wrong.push(`${file}: missing`);
          continue;
        }
        const html = readFileSync(file, 'utf8');
        wrong.push(...problems(html).map((p) => `${file}: ${p}`));
        if (build.copies) {
          if (brotliDecompressSync(readFileSync(`${file}.br`)).toString('utf8') !== html) wrong.push(`${file}.br is another page`);
          if (gunzipSync(readFileSync(`${file}.gz`)).toString('utf8') !== html) wrong.push(`${file}.gz is another page`);
        }
        checked += 1;
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBe(LOCALES.length * pages.length);
  });
}

test('the check finds what it is there to find', () => {
  const page = readFileSync(fileOf('.next/server/app', 'el', '/find'), 'utf8');
  expect(problems(page)).toEqual([]);
  expect(problems(page.replace('<body', '<body><script>alert(1)</script><body'))).toContainEqual(expect.stringMatching(/^an inline script the policy does not allow: alert/));
  expect(problems(page.replace('<body', '<body onload="x()"'))).toContainEqual('an inline event handler: <body onload>');
  expect(problems(page.replace('<body', '<body><a href="javascript:x()">x</a><body'))).toContainEqual('a javascript: URL in <a href>');
  expect(problems(page.replace('<body', '<body><script src="https://cdn.example/x.js"></script><body'))).toContainEqual('a script from elsewhere: https://cdn.example/x.js');
  expect(problems(page.replace('<body', '<body><style>p{}</style><body'))).toContainEqual('a <style> the policy does not allow: p{}');
  expect(problems(page.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''))).toEqual(['0 meta policies']);
  expect(problems(page.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")).join()).toMatch(/script-src allows more/);
});
