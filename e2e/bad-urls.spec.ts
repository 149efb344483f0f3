// Bad input: hostile query strings and paths are never a 5xx, never echoed as markup, never run.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { readDataset } from './helpers';
import { ONCE } from './once';

const factory = readDataset().factories[0]!;
const PAGES = ['/', '/find', '/about', '/present', `/factories/${factory.id}`];
const FILES = ['/data/ai-factories.csv', '/data/ai-factories.json', '/data/ai-factory-antennas.csv', '/present/version.json'];
const KEYS = ['q', 'wave', 'country', 'sector', 'sort', 'need', 'interval', 'poll', 'theme', 'slides', 'view'];
const MARKUP = ['<script>alert(1)</script>', '"><svg onload=alert(1)>', "'><img src=x onerror=alert(1)>"];

/** Raw query values, written into the URL as they are (so broken percent-encoding stays broken). */
const VALUES = [
  ...MARKUP.map(encodeURIComponent),
  ...MARKUP.map((m) => m.replace(/ /g, '+')),
  '__proto__',
  'constructor[prototype]',
  '__proto__[polluted]=1',
  '%E0%A4%A',
  '%',
  '%%32%65',
  '%00',
  'a%00b',
  '%C0%AF',
  encodeURIComponent('🏭🇪🇺👩🏽‍🔬'),
  encodeURIComponent('\u202Egnp.exe\u200F\u200E'),
  '-1',
  '-Infinity',
  'Infinity',
  'NaN',
  '1e999',
  '-1e999',
  '0x10',
  '99999999999999999999999',
  ',,,,',
  'light,dark',
  encodeURIComponent('name:asc,'.repeat(40)),
  'x'.repeat(100_000),
];

/** Query strings: each value under each of a few keys in turn, a repeated key, and a prototype-shaped key. */
function queries(): string[] {
  const out: string[] = [];
  VALUES.forEach((value, i) => {
    out.push(`${KEYS[i % KEYS.length]}=${value}`);
    out.push(`${KEYS[(i + 3) % KEYS.length]}=${value}&${KEYS[(i + 3) % KEYS.length]}=${value}`);
  });
  out.push(KEYS.map((k) => `${k}=${MARKUP[0]}`).join('&'), '__proto__[x]=1', 'constructor[prototype][x]=1', 'wave=1e999', 'wave=1&wave=2&wave=1e999');
  out.push('q=' + '%2C'.repeat(2000), '&&&==&=', '?', '#', 'q=%F0%9F%98');
  return out;
}

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

async function check(request: APIRequestContext, url: string) {
  const response = await request.get(url, { maxRedirects: 0 });
  expect(response.status(), url.slice(0, 200)).toBeLessThan(500);
  const body = await response.text();
  for (const m of MARKUP) expect(body.includes(m), `${url.slice(0, 200)} echoes ${m}`).toBe(false);
}

for (const route of [...PAGES, ...FILES]) {
  test(`hostile query strings on ${route}: never a 5xx, never echoed as markup`, async ({ request }) => {
    test.setTimeout(60_000);
    const list = queries();
    expect(list.length).toBeGreaterThan(60);
    await inBatches(list, 8, (q) => check(request, `${route}?${q}`));
  });
}

test('hostile paths are a 404, not a 5xx', async ({ request }) => {
  const paths = [
    '/factories/<script>alert(1)</script>',
    '/factories/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '/factories/%22%3E%3Csvg%20onload=alert(1)%3E',
    '/factories/%E0%A4%A',
    '/factories/%00',
    '/factories/__proto__',
    '/factories/constructor',
    '/factories/..%2F..%2Fetc%2Fpasswd',
    `/factories/${'a'.repeat(4000)}`,
    `/${'deep/'.repeat(500)}end`,
    '/data/ai-factories.csv/..%2F..%2Fpackage.json',
    '/%E0%A4%A',
  ];
  for (const path of paths) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([400, 404], `${path.slice(0, 80)} → ${response.status()}`).toContain(response.status());
    const body = await response.text();
    for (const m of MARKUP) expect(body.includes(m), path).toBe(false);
  }
});

/** A sample per page route in a real browser: no dialog, no console error, no uncaught exception. */
const SAMPLE = [
  `q=${encodeURIComponent(MARKUP[0]!)}`,
  `q=${encodeURIComponent(MARKUP[1]!)}&country=${encodeURIComponent(MARKUP[2]!)}`,
  'sector=__proto__&country=constructor[prototype]',
  '__proto__[polluted]=1&constructor[prototype][polluted]=1',
  'q=%E0%A4%A',
  'q=%00&wave=%00',
  'wave=1e999&interval=1e999&poll=-Infinity',
  'wave=-1&wave=-1&wave=NaN',
  'interval=-5&poll=0&theme=%3Cscript%3E',
  `slides=${encodeURIComponent(MARKUP[1]!)},,spotlight-__proto__`,
  `sort=${encodeURIComponent('constructor:desc,__proto__:asc,'.repeat(20))}`,
  `q=${encodeURIComponent('🏭🇪🇺\u202E\u200F')}`,
  `need=${encodeURIComponent(MARKUP[0]!)}&country=ZZ&sector=%E0%A4%A`,
  `q=${'x'.repeat(10_000)}`,
  `country=${encodeURIComponent('DE'.repeat(500))}`,
  'view=%F0%9F%98&theme=light,dark',
  'q=%&q=%%&q=%25',
  `${encodeURIComponent(MARKUP[0]!)}=1`,
  'wave=99999999999999999999999&sector=,,,,',
  'theme=light&theme=dark&interval=0x10',
];

// Only these routes read the query string in the browser; the others get a few samples to show they ignore it
// (every route gets the whole list over HTTP above).
const READ_QUERY = new Set(['/', '/find', '/present']);

for (const route of PAGES) {
  const sample = READ_QUERY.has(route) ? SAMPLE : SAMPLE.slice(0, 5);
  // The same prerendered page and scripts on both servers (neither reads the query): once, on next start.
  test(`hostile query strings in the browser on ${route}: no dialog, no console error`, { tag: ONCE }, async ({ page }) => {
    test.setTimeout(90_000);
    const problems: string[] = [];
    let current = '';
    page.on('dialog', (d) => {
      problems.push(`dialog "${d.message()}" on ${current}`);
      void d.dismiss();
    });
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()} on ${current}`));
    page.on('pageerror', (e) => problems.push(`exception: ${e.message} on ${current}`));
    for (const q of sample) {
      current = `${route}?${q}`.slice(0, 160);
      const response = await page.goto(`${route}?${q}`);
      expect(response?.status(), current).toBeLessThan(500);
      await expect(page.locator('h1, [data-slide-id]').first()).toBeVisible();
    }
    expect(problems).toEqual([]);
  });
}
