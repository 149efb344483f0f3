import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { siteOrigin } from '../lib/site/site';
import { afterHydration } from './helpers';

const data = JSON.parse(readFileSync('data/ai-factories.json', 'utf8')) as {
  asOf: string;
  factories: { id: string; name: string; host: string; country: string; sources: { url: string }[] }[];
};

test('the dashboard lists every factory in its server HTML', async ({ request }) => {
  const response = await request.get('/');
  expect(response.status()).toBe(200);
  const html = await response.text();
  for (const f of data.factories) expect(html, f.name).toContain(escapeHtml(f.name));
});

test('the dashboard shows the title, the as-of date and the key figures', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/AI Factories/);
  await expect(page.locator(`time[datetime="${data.asOf}"]`).first()).toBeVisible();
  await expect(page.locator('[data-kpi="AI Factories"]')).toHaveText(String(data.factories.length));
});

test('a factory page shows its facts and sources', async ({ page }) => {
  const factory = data.factories[0]!;
  await page.goto('/');
  await page.getByRole('link', { name: factory.name, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/factories/${factory.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(factory.name);
  await expect(page.getByText(factory.host).first()).toBeVisible();
  const sources = page.getByRole('region', { name: 'Sources' }).getByRole('link');
  await expect(sources).toHaveCount(factory.sources.length);
});

test('an unknown factory id is a 404 page', async ({ page }) => {
  const response = await page.goto('/factories/no-such-factory');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('the about page lists the sources', async ({ page }) => {
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the data');
  await expect(page.getByRole('region', { name: /Sources/ }).getByRole('link').first()).toBeVisible();
});

// The lists of changes and sources are adopted as the server drew them (components/site/static-html.tsx): hydration
// does not visit their nodes. After a client navigation there is no server HTML, so they must render all the same.
test('the about page keeps its long lists unhydrated on load and draws them after a client navigation', async ({ page }) => {
  const sources = data.factories.flatMap((f) => f.sources.map((s) => s.url));
  const listed = () => page.getByRole('region', { name: /Sources/ }).getByRole('link');
  const hydrated = (selector: string) => page.locator(selector).first().evaluate((e) => Object.keys(e).some((k) => k.startsWith('__reactFiber')));
  await page.goto('/about');
  await afterHydration(page);
  expect(await listed().count()).toBeGreaterThanOrEqual(new Set(sources).size);
  expect(await hydrated('h1'), 'the page itself is hydrated').toBe(true);
  expect(await hydrated('[data-server-html] a'), 'the adopted list is not').toBe(false);

  await page.goto('/');
  await afterHydration(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About the data' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the data');
  await expect(listed().first()).toBeVisible();
  expect(await listed().count()).toBeGreaterThanOrEqual(new Set(sources).size);
  expect(await hydrated('[data-server-html] a'), 'drawn by React on a client navigation').toBe(true);
});

// Every page's CSS is inlined (experimental.inlineCss): a stylesheet link blocks the first paint for a round trip. A
// body loaded with next/dynamic can bring its CSS as one; with the key figures lazy in the embeds, every embed linked
// the dashboard's CSS and painted 720 ms later on Lighthouse's phone.
test('no page links a stylesheet that blocks its first paint', async ({ request }) => {
  const pages = ['/', '/el', '/about', '/find', '/compare', '/present', `/factories/${data.factories[0]!.id}`, ...['kpis', 'map', 'sectors', 'funding', 'timeline', 'table', 'compute', 'plans', 'compare'].map((v) => `/embed/${v}`)];
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    expect(html.match(/<link[^>]*rel="stylesheet"[^>]*>/g) ?? [], path).toEqual([]);
  }
});

// The table twins keep the server's HTML until a filter is set; a client navigation brings none, and they were empty.
test('a chart\'s table twin lists its rows after a client navigation to the dashboard', async ({ page }) => {
  await page.goto('/about');
  await afterHydration(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  const twin = page.locator('#country-spread details').filter({ has: page.locator('table') });
  await twin.locator('summary').click();
  await expect(twin.locator('tbody tr').first()).toBeVisible();
  // A row per country that takes part: the host countries at least.
  expect(await twin.locator('tbody tr').count()).toBeGreaterThanOrEqual(new Set(data.factories.map((f) => f.country)).size);
});

test('every page names its one canonical address: absolute, in its own language, without the query', async ({ request }) => {
  const factory = data.factories[0]!;
  const origin = siteOrigin();
  const pages: [string, string][] = [
    ['/', origin],
    ['/?wave=2#funding', origin],
    ['/about', `${origin}/about`],
    ['/find?country=AT', `${origin}/find`],
    [`/factories/${factory.id}`, `${origin}/factories/${factory.id}`],
    ['/de', `${origin}/de`],
    ['/fr/find?country=PL&sector=health', `${origin}/fr/find`],
    [`/pl/factories/${factory.id}`, `${origin}/pl/factories/${factory.id}`],
  ];
  for (const [path, canonical] of pages) {
    const html = await (await request.get(path)).text();
    expect([...html.matchAll(/<link rel="canonical" href="([^"]*)"/g)].map((m) => m[1]), path).toEqual([canonical]);
    expect(html, path).not.toMatch(/<meta name="robots"/);
  }
});

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

test('a factory page labels its link with what the data says it is: a news article is not the official site', async ({ request }) => {
  const records = JSON.parse(readFileSync('data/ai-factories.json', 'utf8')) as { factories: { id: string; url: string; urlKind: string }[] };
  const words = { factory: 'Official site', host: 'Host’s page about it', government: 'Government release', news: 'News article' } as Record<string, string>;
  expect(records.factories.find((f) => f.id === 'litai')?.urlKind).toBe('news');
  for (const f of records.factories) {
    const html = await (await request.get(`/factories/${f.id}`)).text();
    const link = new RegExp(`<a href="${f.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>([^<]*)</a>`).exec(html);
    expect(link?.[1], f.id).toBe(words[f.urlKind]);
  }
});
