import { expect, test, type APIRequestContext } from '@playwright/test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { csvParseRows } from 'd3-dsv';
import { perFactorySum, shows } from './data-totals';

// The data's own metadata: the headline money, the change feed, the data package and the JSON-LD.

async function header(request: APIRequestContext, path: string): Promise<string[]> {
  const text = await (await request.get(path)).text();
  return csvParseRows(text.replace(/^\uFEFF/, ''))[0]!;
}

test('/data/changes.xml is an Atom feed that a feed parser reads, with stable entry ids and links to records', async ({ request }) => {
  const response = await request.get('/data/changes.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const xml = await response.text();
  const feed = parseFeed(xml);
  expect(feed.meta).toEqual({ type: 'atom', version: '1.0' });
  expect(feed.title).toMatch(/changes to the data/);
  expect(feed.updated).toBeInstanceOf(Date);
  expect(feed.items.length).toBeGreaterThanOrEqual(4);
  for (const item of feed.items) {
    expect(item.id).toMatch(/^tag:[^,]+,\d{4}-\d{2}-\d{2}:changes\//);
    expect(item.title).toBeTruthy();
    expect(item.updated).toBeInstanceOf(Date);
    expect(item.url).toMatch(/^https?:\/\//);
  }
  expect(new Set(feed.items.map((i) => i.id)).size).toBe(feed.items.length);
  // Newest first; the waves' history is there, and a factory's change links to its page.
  const dates = feed.items.map((i) => i.updated!.getTime());
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  expect(feed.items.map((i) => i.title)).toContainEqual(expect.stringMatching(/^Wave 1: /));
  expect(feed.items.find((i) => i.title?.startsWith('BSC AIF'))?.url).toMatch(/\/factories\/bsc-aif$/);
});

test('/data/datapackage.json lists every CSV column in the order the served CSV has it', async ({ request }) => {
  const response = await request.get('/data/datapackage.json');
  expect(response.status()).toBe(200);
  const pkg = (await response.json()) as {
    licenses: { name: string }[];
    resources: { name: string; path: string; schema?: { fields: { name: string; type: string }[]; missingValues: string[] } }[];
  };
  expect(pkg.licenses[0]!.name).toBe('CC-BY-4.0');
  for (const name of ['ai-factories', 'ai-factory-antennas']) {
    const resource = pkg.resources.find((r) => r.name === name)!;
    const fields = resource.schema!.fields.map((f) => f.name);
    // The package's copy and the Excel file at the stable address: the same columns.
    expect(fields).toEqual(await header(request, `/data/${resource.path}`));
    expect(fields).toEqual(await header(request, `/data/${name}.csv`));
    expect(resource.schema!.missingValues).toEqual(['']);
  }
  for (const resource of pkg.resources) expect((await request.get(`/data/${resource.path}`)).status()).toBe(200);
});

test('/about carries the schema.org Dataset JSON-LD, the licence, the gigafactory status and the change log', async ({ page }) => {
  await page.goto('/about');
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>;
  expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'Dataset', license: 'https://creativecommons.org/licenses/by/4.0/' });
  expect(ld.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(ld.temporalCoverage).toMatch(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/);
  expect(ld.spatialCoverage).toBeTruthy();
  expect((ld.distribution as { contentUrl: string }[]).map((d) => d.contentUrl.replace(/^.*\/data\//, ''))).toEqual([
    'ai-factories.csv',
    'ai-factory-antennas.csv',
    'ai-factories.json',
  ]);
  await expect(page.getByRole('link', { name: /Creative Commons Attribution 4\.0/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What about the AI Gigafactories?' })).toBeVisible();
  const changes = page.locator('section[aria-labelledby="changes"] ol > li');
  expect(await changes.count()).toBeGreaterThanOrEqual(4);
  // Newest first.
  const dates = await changes.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
  expect(dates).toEqual([...dates].sort().reverse());
});

test('unfiltered, the headline money is the programme commitment with its source; a wave filter shows the wave total', async ({ page }) => {
  await page.goto('/');
  const money = page.locator('[data-money]');
  await expect(money).toHaveAttribute('data-money', 'programme');
  await expect(money.locator('[data-kpi="investment"]')).toHaveText('over €2.6 bn');
  await expect(money.getByRole('link', { name: 'source' })).toHaveAttribute('href', /wam\.ae/);
  // The sum and the counts from the data file, not from the model that prints them.
  const all = perFactorySum('');
  const note = (await money.locator('[data-kpi-note="per-factory"]').textContent()) ?? '';
  const [, sum, disclosed, shown] = /^per-factory figures add up to (€[\d.]+ (?:bn|m)) for (\d+) of (\d+)$/.exec(note) ?? [];
  expect({ disclosed: Number(disclosed), shown: Number(shown) }).toEqual({ disclosed: all.disclosed, shown: all.shown });
  expect(shows(sum ?? '', all), `${sum} for ${all.eur}`).toBe(true);
  await expect(page.getByText(/AI Gigafactories: No AI Gigafactory has been selected yet/)).toBeVisible();

  await page.goto('/?wave=2');
  await expect(money).toHaveAttribute('data-money', 'waves');
  await expect(money.locator('[data-kpi="investment"]')).toHaveText('€485 m');

  await page.goto('/?sector=health');
  await expect(money).toHaveAttribute('data-money', 'disclosed');
  await expect(money.locator('dt')).toHaveText('disclosed per-factory investment');
  const health = perFactorySum('sector=health');
  await expect(money.locator('[data-kpi="investment"]')).toHaveText(/^€/);
  const filtered = (await money.locator('[data-kpi="investment"]').textContent()) ?? '';
  expect(shows(filtered, health), `${filtered} for ${health.eur}`).toBe(true);
});

test('the screen-mode KPI slide shows the programme commitment and its source', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/present?slides=kpis&interval=3600');
  const tile = page.locator('[data-money="programme"]');
  await expect(tile.locator('[data-kpi-value="investment"]')).toHaveText('over €2.6 bn');
  await expect(tile).toContainText('European Commission, 10 October 2025');
});
