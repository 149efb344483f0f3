// The data and the embeds as the tools that consume them see them: the Frictionless Data JavaScript library reads
// the data package, an oEmbed consumer turns a pasted link into an embed by discovery, and every factory has its
// own JSON file. On both servers (`next start` and nginx serving out/).
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import datapackage from 'datapackage';
import oembetter, { type OembedResponse } from 'oembetter';
import { EMBED_VIEWS, HEIGHT_MESSAGE } from '../lib/url/embed';
import { LOCALES } from '../lib/i18n/locales';
import { siteOrigin } from '../lib/site/site';
import { readDataset, type FactoryRecord } from './helpers';

const data = readDataset();
/** The origin the build wrote into the discovery links and the embed code (SITE_URL, read here as at build time). */
const SITE = siteOrigin();
/** A newsroom's page on another origin; answered by the test itself, so no server is needed. */
const NEWSROOM = 'http://newsroom.test';

const EN_TITLES = { funding: 'Announced investment per EU AI Factory', kpis: 'EU AI Factories: key figures' };
const DE_TITLES = { map: 'Wo die EU-KI-Fabriken stehen', kpis: 'EU-KI-Fabriken: Kennzahlen' };

test('/data/datapackage.json: the Frictionless Data library finds it valid and reads every row of every table, typed', async ({ baseURL }) => {
  // Loaded by address, as a data portal would: the resources are fetched relative to it.
  const pkg = await datapackage.Package.load(`${baseURL}/data/datapackage.json`);
  expect(pkg.errors.map((e) => e.message)).toEqual([]);
  expect(pkg.valid).toBe(true);
  const tables = pkg.resources.filter((r) => r.tabular);
  expect(tables.map((r) => r.name)).toEqual(['ai-factories', 'ai-factory-antennas']);

  const factories = await tables[0]!.read({ keyed: true });
  expect(factories.map((r) => r.id)).toEqual(data.factories.map((f) => f.id));
  expect(factories.map((r) => r.wave)).toEqual(data.factories.map((f) => f.wave));
  // Money cast to numbers, undisclosed figures to null; dates to dates.
  expect(factories.map((r) => r.total_eur)).toEqual(data.factories.map((f) => f.funding.totalEur));
  expect(factories.map((r) => r.eu_eur)).toEqual(data.factories.map((f) => f.funding.euEur));
  for (const row of factories) expect(row.selected_on).toBeInstanceOf(Date);

  const antennas = await tables[1]!.read({ keyed: true });
  expect(antennas.map((r) => r.id)).toEqual(data.antennas.map((a) => a.id));
  for (const row of antennas) {
    expect(row.announced_on).toBeInstanceOf(Date);
    expect(row.lat === null || typeof row.lat === 'number').toBe(true);
  }
});

test('the package’s CSV copies hold the Excel files’ bytes without the byte-order mark; every file it lists is served', async ({ request }) => {
  for (const file of ['ai-factories.csv', 'ai-factory-antennas.csv']) {
    const excel = await (await request.get(`/data/${file}`)).body();
    const plain = await request.get(`/data/no-bom/${file}`);
    expect(plain.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect((await plain.body()).equals(excel.subarray(3))).toBe(true);
  }
  const pkg = (await (await request.get('/data/datapackage.json')).json()) as { resources: { path: string }[] };
  for (const { path } of pkg.resources) expect((await request.get(`/data/${path}`)).status(), path).toBe(200);
});

test('every factory has its JSON file, served as application/json, equal to its record in the whole dataset', async ({ request }, testInfo) => {
  const whole = (await (await request.get('/data/ai-factories.json')).json()) as { factories: FactoryRecord[] };
  expect(whole.factories.map((f) => f.id)).toEqual(data.factories.map((f) => f.id));
  for (const record of whole.factories) {
    const response = await request.get(`/data/factories/${record.id}.json`);
    expect(response.status(), record.id).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/json(;|$)/);
    expect(await response.json()).toEqual(record);
    // nginx sends the copy build:static compressed, as for the other data files.
    if (testInfo.project.name === 'nginx') expect(response.headers()['content-encoding']).toMatch(/^(br|gzip)$/);
  }
  expect((await request.get('/data/factories/no-such-factory.json')).status()).toBe(404);
});

test('a factory page links to its JSON file, in every language', async ({ request }) => {
  const id = data.factories[0]!.id;
  for (const locale of LOCALES) {
    const html = await (await request.get(`${locale === 'en' ? '' : `/${locale}`}/factories/${id}`)).text();
    expect(html, locale).toMatch(new RegExp(`<a [^>]*href="/data/factories/${id}\\.json"[^>]*>[^<]*JSON`));
  }
});

/** Replaces the build's origin with the server under test in an address. */
const local = (url: string, baseURL: string) => (url.startsWith(SITE) ? baseURL + url.slice(SITE.length) : url);

/**
 * A pasted link, resolved as WordPress or Ghost does it: oembetter reads the page, finds its
 * `<link rel="alternate" type="application/json+oembed">` and fetches that response (with `url` and `maxwidth`
 * added, as WordPress adds them). The build wrote SITE_URL's origin into the link; the server under test answers
 * for it.
 */
async function resolvePasted(url: string, baseURL: string): Promise<OembedResponse> {
  const fetch = globalThis.fetch;
  globalThis.fetch = (input, init) => fetch(typeof input === 'string' ? local(input, baseURL) : input, init);
  try {
    return await new Promise((resolve, reject) =>
      oembetter().fetch(url, { maxwidth: 640 }, (error, response) => (error || !response ? reject(error) : resolve(response))),
    );
  } finally {
    globalThis.fetch = fetch;
  }
}

/** Pastes the response's html into a newsroom's page on another origin and returns the iframe. */
async function publish(page: Page, html: string, baseURL: string) {
  await page.route(`${NEWSROOM}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body:
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title>' +
        '<script>window.messages = []; addEventListener("message", (e) => messages.push(e.data));</script>' +
        `</head><body><main><h1>An article</h1>${html}</main></body></html>`,
    }),
  );
  // The embed code points at SITE_URL: its requests go to the server under test.
  await page.route(`${SITE}/**`, async (route) => route.fulfill({ response: await route.fetch({ url: local(route.request().url(), baseURL) }) }));
  await page.goto(`${NEWSROOM}/article`);
  return page.frameLocator('main iframe');
}

function expectRich(response: OembedResponse, title: string, src: string) {
  expect(response).toMatchObject({ version: '1.0', type: 'rich', title, provider_name: expect.any(String), cache_age: expect.any(Number) });
  expect(response.provider_url).toMatch(new RegExp(`^${SITE}/`));
  expect(response.width).toBeGreaterThan(0);
  expect(response.height).toBeGreaterThan(0);
  expect(response.html).toContain(`<iframe src="${src}" title="${title}"`);
}

test('a pasted /embed/funding resolves by discovery to an embed whose iframe loads', async ({ page, baseURL }) => {
  const response = await resolvePasted(`${baseURL}/embed/funding`, baseURL!);
  expectRich(response, EN_TITLES.funding, `${SITE}/embed/funding`);
  const frame = await publish(page, response.html!, baseURL!);
  await expect(frame.locator('h1')).toHaveText(EN_TITLES.funding);
  await expect(frame.getByRole('link', { name: 'Open in the full dashboard' })).toBeVisible();
  await expect(frame.getByText(/data as of/)).toBeVisible();
});

/**
 * What WordPress keeps of the html of a provider it does not know (wp_filter_oembed_result): the iframe alone, with
 * a handful of attributes, a secret in its address, and a sandbox that lets scripts run in an opaque origin.
 */
function asWordPressKeepsIt(html: string): string {
  const attribute = (name: string) => new RegExp(`<iframe[^>]* ${name}="([^"]*)"`).exec(html)?.[1] ?? '';
  return (
    `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" src="${attribute('src')}#?secret=s3cr3t" ` +
    `data-secret="s3cr3t" title="${attribute('title')}" width="${attribute('width')}" height="${attribute('height')}"></iframe>`
  );
}

test('as WordPress keeps it (the iframe alone, sandboxed), the pasted /embed/funding still loads and runs', async ({ page, baseURL }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const response = await resolvePasted(`${baseURL}/embed/funding`, baseURL!);
  const frame = await publish(page, asWordPressKeepsIt(response.html!), baseURL!);
  await expect(frame.locator('h1')).toHaveText(EN_TITLES.funding);
  // Its scripts run in the sandbox: the view posts its height to the page.
  const heights = () =>
    page.evaluate((type) => (window as unknown as { messages: { type?: string }[] }).messages.filter((m) => m.type === type).length, HEIGHT_MESSAGE);
  await expect.poll(heights).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('a pasted /de/embed/map resolves to the German embed, whose iframe loads', async ({ page, baseURL }) => {
  const response = await resolvePasted(`${baseURL}/de/embed/map`, baseURL!);
  expectRich(response, DE_TITLES.map, `${SITE}/de/embed/map`);
  expect(response.provider_url).toBe(`${SITE}/de`);
  const frame = await publish(page, response.html!, baseURL!);
  await expect(frame.locator('html')).toHaveAttribute('lang', 'de');
  await expect(frame.locator('h1')).toHaveText(DE_TITLES.map);
});

test('a pasted filtered link gives the whole view: a static page cannot answer per query string', async ({ baseURL }) => {
  const response = await resolvePasted(`${baseURL}/embed/funding?wave=2`, baseURL!);
  expectRich(response, EN_TITLES.funding, `${SITE}/embed/funding`);
  expect(response.html).not.toContain('wave=');
});

test('a pasted link to the dashboard resolves to its main view, the key figures', async ({ baseURL }) => {
  expectRich(await resolvePasted(`${baseURL}/`, baseURL!), EN_TITLES.kpis, `${SITE}/embed/kpis`);
  expectRich(await resolvePasted(`${baseURL}/de?wave=2`, baseURL!), DE_TITLES.kpis, `${SITE}/de/embed/kpis`);
});

/** The discovery link of a page, as the raw HTML carries it (what a consumer reads: no script runs). */
async function discoveryLink(request: APIRequestContext, path: string): Promise<{ href: string; title: string }> {
  const html = await (await request.get(path)).text();
  const tag = /<link[^>]*type="application\/json\+oembed"[^>]*>/.exec(html)?.[0] ?? '';
  return { href: /href="([^"]+)"/.exec(tag)?.[1] ?? '', title: /title="([^"]+)"/.exec(tag)?.[1] ?? '' };
}

test('every embed view, in every language, names its own oEmbed response', async ({ request, baseURL }) => {
  for (const locale of LOCALES) {
    const prefix = locale === 'en' ? '' : `/${locale}`;
    for (const view of EMBED_VIEWS) {
      const link = await discoveryLink(request, `${prefix}/embed/${view}`);
      expect(link.href, `${prefix}/embed/${view}`).toBe(`${SITE}${prefix}/oembed/${view}.json`);
      const response = await request.get(local(link.href, baseURL!));
      expect(response.headers()['content-type']).toMatch(/^application\/json(;|$)/);
      const body = (await response.json()) as OembedResponse;
      expect(body.title).toBe(link.title);
      expect(body.html).toContain(`<iframe src="${SITE}${prefix}/embed/${view}" `);
    }
  }
});
