// Runs against the build of e2e/fixtures/hostile.json (project "hostile"): text that looks like markup,
// formulas, quotes, commas and line breaks must stay inert text on the page and in every CSV.
import { expect, test, type Page } from '@playwright/test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { readFileSync } from 'node:fs';
import { download, openTable, parseCsv, readDataset, table } from './helpers';

const data = readDataset('e2e/fixtures/hostile.json');
const TRIGGER = /^[=+\-@\t\r]/;
/** What the CSV must hold for a text: the text itself, with a leading ' only where a spreadsheet would see a formula. */
const inert = (text: string) => (TRIGGER.test(text) ? `'${text}` : text);

function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

test('hostile names render as text and run nothing, on the dashboard and every factory page', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await openTable(page, '/');
  await expect(table(page).getByText('<img src=x onerror=alert(1)>', { exact: true })).toBeVisible();
  await expect(table(page).getByRole('link', { name: '=HYPERLINK("http://example.com","x")', exact: true })).toBeVisible();
  await expect(table(page).getByText('<script>alert("host")</script>', { exact: true })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(table(page).locator('tbody tr[data-id]')).toHaveCount(data.factories.length);

  for (const f of data.factories) {
    await page.goto(`/factories/${f.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(f.name);
  }
  // The query is echoed into the search box and matched against the hostile name: still only text.
  await page.goto(`/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}&sort=${encodeURIComponent('<svg onload=alert(3)>')}`);
  await expect(page.locator('[data-hydrated]')).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search factories' })).toHaveValue('<img src=x onerror=alert(1)>');
  await expect(table(page).locator('tbody tr[data-id]')).toHaveCount(1);
  await expect(table(page).getByText('<img src=x onerror=alert(1)>', { exact: true })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

function expectInertRoundTrip(rows: ReturnType<typeof parseCsv>) {
  expect(rows.map((r) => r.id)).toEqual(data.factories.map((f) => f.id));
  for (const row of rows) {
    const f = data.factories.find((x) => x.id === row.id)!;
    expect(row.name).toBe(inert(f.name));
    expect(row.host).toBe(inert(f.host));
    expect(row.city).toBe(inert(f.city));
    expect(row.acronym).toBe(f.acronym === undefined ? '' : inert(f.acronym));
    expect(row.supercomputer).toBe(inert(f.supercomputer.name));
    expect(row.total_eur).toBe(f.funding.totalEur === null ? '' : String(f.funding.totalEur));
    for (const [column, cell] of Object.entries(row))
      expect(TRIGGER.test(cell ?? ''), `${row.id}.${column} = ${JSON.stringify(cell)}`).toBe(false);
  }
}

test('the downloaded CSV keeps every formula inert and every cell round-trips', async ({ page }) => {
  await openTable(page, '/');
  const view = await download(page, () => page.getByRole('button', { name: 'Download CSV', exact: true }).click());
  expectInertRoundTrip(parseCsv(view.bytes));
  const full = await download(page, () => page.getByRole('link', { name: /Download all factories/ }).click());
  expectInertRoundTrip(parseCsv(full.bytes));
});

test('the static CSV files are inert too', async ({ request }) => {
  expectInertRoundTrip(parseCsv(await (await request.get('/data/ai-factories.csv')).body()));
  const antennas = parseCsv(await (await request.get('/data/ai-factory-antennas.csv')).body());
  expect(antennas).toHaveLength(data.antennas.length);
  for (const row of antennas) for (const cell of Object.values(row)) expect(TRIGGER.test(cell ?? '')).toBe(false);
});

test('hostile text in the change log and the gigafactory status stays text in the feed, the JSON-LD and /about', async ({ page, request }) => {
  const raw = JSON.parse(readFileSync('e2e/fixtures/hostile.json', 'utf8')) as {
    changes: { summary: string }[];
    gigafactories: { status: string; events: { summary: string; source: { url: string; title: string } }[] };
  };
  const feed = parseFeed(await (await request.get('/data/changes.xml')).text());
  expect(feed.items.map((i) => i.title)).toContain(raw.changes[0]!.summary);

  const dialogs = watchDialogs(page);
  await page.goto('/about');
  await expect(page.getByText(raw.changes[0]!.summary)).toBeVisible();
  await expect(page.getByText(raw.gigafactories.events[0]!.summary)).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  // The source list: a title that looks like markup is text, an address with </script> in it stays whole.
  const event = raw.gigafactories.events[0]!;
  const link = page.getByRole('link', { name: event.source.title, exact: true });
  await expect(link.first()).toBeVisible();
  await expect(link.first()).toHaveAttribute('href', event.source.url);
  expect(dialogs).toEqual([]);
});

test.describe('the server HTML, as a search engine reads it (no JavaScript: hydration would mend the DOM)', () => {
  test.use({ javaScriptEnabled: false });

  test('an address with </script> in it stays inside the JSON-LD', async ({ page }) => {
    const url = (JSON.parse(readFileSync('e2e/fixtures/hostile.json', 'utf8')) as { gigafactories: { events: { source: { url: string } }[] } })
      .gigafactories.events[0]!.source.url;
    expect(url).toContain('</script><script>');
    await page.goto('/about');
    const ld = page.locator('script[type="application/ld+json"]');
    await expect(ld).toHaveCount(1);
    const dataset = JSON.parse((await ld.textContent())!) as { '@type': string; isBasedOn: string[] };
    expect(dataset['@type']).toBe('Dataset');
    expect(dataset.isBasedOn).toContain(url);
  });
});
