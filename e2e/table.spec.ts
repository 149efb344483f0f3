import { expect, test } from '@playwright/test';
import { columnTexts, download, openBeforeHydration, openTable, parseCsv, readDataset, rowIds, sortButton, table } from './helpers';
import { ONCE } from './once';

const data = readDataset();
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const byId = new Map(data.factories.map((f) => [f.id, f]));
const disclosed = data.factories.filter((f) => f.funding.totalEur !== null).length;

test('every factory is in the server HTML, before any JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(table(page).locator('tbody tr[data-id]')).toHaveCount(data.factories.length);
  await expect(table(page).getByRole('link', { name: data.factories[0]!.name, exact: true })).toHaveAttribute(
    'href',
    `/factories/${data.factories[0]!.id}`,
  );
  await context.close();
});

test('a factory whose sources name no sector says so, never an empty cell', { tag: ONCE }, async ({ page }) => {
  const undisclosed = data.factories.filter((f) => f.sectors.length === 0);
  expect(undisclosed.length).toBeGreaterThan(0);
  await openTable(page, '/');
  for (const f of undisclosed)
    await expect(table(page).locator(`tbody tr[data-id="${f.id}"] td[data-column="sectors"]`)).toHaveText('not disclosed');
});

test('a header button sorts, toggles aria-sort and writes the sort to the URL', { tag: ONCE }, async ({ page }) => {
  await openTable(page, '/');
  const th = table(page).locator('thead th[data-column="name"]');
  await expect(th).not.toHaveAttribute('aria-sort');
  const ascending = data.factories.map((f) => f.name).sort(collator.compare);

  await sortButton(page, 'Name').click();
  await expect(th).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/[?&]sort=name:asc$/);
  expect(await columnTexts(page, 'name')).toEqual(ascending);

  await sortButton(page, 'Name').click();
  await expect(th).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/[?&]sort=name:desc$/);
  expect(await columnTexts(page, 'name')).toEqual([...ascending].reverse());

  await sortButton(page, 'Name').click();
  await expect(th).not.toHaveAttribute('aria-sort');
  await expect(page).not.toHaveURL(/sort=/);
  expect(await rowIds(page)).toEqual(data.factories.map((f) => f.id));
});

test('shift-click adds a second sort key', { tag: ONCE }, async ({ page }) => {
  await openTable(page, '/');
  await sortButton(page, 'Wave').click();
  await sortButton(page, 'Total investment').click({ modifiers: ['Shift'] });
  await expect(page).toHaveURL(/[?&]sort=wave:asc,funding:desc$/);
  await expect(table(page).locator('thead th[data-column="wave"]')).toHaveAttribute('aria-sort', 'ascending');

  const expected = [...data.factories]
    .sort(
      (a, b) =>
        a.wave - b.wave ||
        (a.funding.totalEur === null ? 1 : 0) - (b.funding.totalEur === null ? 1 : 0) ||
        (b.funding.totalEur ?? 0) - (a.funding.totalEur ?? 0),
    )
    .map((f) => f.id);
  await expect.poll(() => rowIds(page)).toEqual(expected);
});

for (const direction of ['asc', 'desc'] as const) {
  test(`undisclosed money sorts last, ${direction}ending`, { tag: ONCE }, async ({ page }) => {
    await openTable(page, `/?sort=funding:${direction}`);
    await expect(table(page).locator('thead th[data-column="funding"]')).toHaveAttribute(
      'aria-sort',
      direction === 'asc' ? 'ascending' : 'descending',
    );
    const cells = await columnTexts(page, 'funding');
    expect(cells).toHaveLength(data.factories.length);
    expect(cells.slice(0, disclosed).every((c) => c.startsWith('€'))).toBe(true);
    expect(cells.slice(disclosed).every((c) => c === 'not disclosed')).toBe(true);
    const totals = (await rowIds(page)).slice(0, disclosed).map((id) => byId.get(id)!.funding.totalEur!);
    const ordered = [...totals].sort((a, b) => (direction === 'asc' ? a - b : b - a));
    expect(totals).toEqual(ordered);
  });
}

test('unknown sort columns in the URL are ignored', { tag: ONCE }, async ({ page }) => {
  await openTable(page, '/?sort=bogus:desc,name:desc,<script>:asc');
  await expect(table(page).locator('thead th[data-column="name"]')).toHaveAttribute('aria-sort', 'descending');
  expect(await columnTexts(page, 'name')).toEqual(data.factories.map((f) => f.name).sort(collator.compare).reverse());
});

test('the search narrows the rows, drives q and keeps the sort and filters', { tag: ONCE }, async ({ page }) => {
  await openTable(page, '/?wave=1&sort=name:desc');
  await page.getByRole('searchbox', { name: 'Search factories' }).fill('lumi');
  await expect(table(page).locator('tbody tr[data-id]')).toHaveCount(1);
  await expect(table(page).getByRole('link', { name: 'LUMI AI Factory' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]q=lumi(&|$)/);
  await expect(page).toHaveURL(/[?&]wave=1(&|$)/);
  await expect(page).toHaveURL(/[?&]sort=name:desc(&|$)/);
  await page.getByRole('searchbox', { name: 'Search factories' }).fill('');
  await expect(table(page).locator('tbody tr[data-id]')).toHaveCount(data.factories.filter((f) => f.wave === 1).length);
  await expect(page).not.toHaveURL(/q=/);
});

test('text typed before the JavaScript arrives searches once it does', { tag: ONCE }, async ({ page }) => {
  const release = await openBeforeHydration(page, '/?wave=1');
  await page.getByRole('searchbox', { name: 'Search factories' }).fill('lumi');
  release();
  await expect(table(page).locator('tbody tr[data-id]')).toHaveCount(1);
  await expect(page).toHaveURL(/\?wave=1&q=lumi$/);
  await expect(page.getByRole('searchbox', { name: 'Search factories' })).toHaveValue('lumi');
});

test('sorting keeps the filters in the URL', { tag: ONCE }, async ({ page }) => {
  await openTable(page, '/?wave=2&country=DE');
  await sortButton(page, 'City').click();
  await expect(page).toHaveURL(/[?&]sort=city:asc/);
  await expect(page).toHaveURL(/[?&]wave=2/);
  await expect(page).toHaveURL(/[?&]country=DE/);
});

test('the CSV of a filtered, sorted view has the rows and order of the table', { tag: ONCE }, async ({ page }) => {
  await openTable(page, '/?wave=1&sort=funding:desc');
  const shown = await rowIds(page);
  expect(shown).toHaveLength(data.factories.filter((f) => f.wave === 1).length);
  const file = await download(page, () => page.getByRole('button', { name: 'Download CSV', exact: true }).click());
  expect(file.name).toBe(`ai-factories-${data.asOf}-filtered.csv`);
  const rows = parseCsv(file.bytes);
  expect(rows.map((r) => r.id)).toEqual(shown);
  expect(rows.map((r) => r.name)).toEqual(await columnTexts(page, 'name'));
  expect(rows.columns).toEqual(expect.arrayContaining(['id', 'name', 'host', 'total_eur', 'eu_eur', 'national_eur']));
  for (const row of rows) {
    const f = byId.get(row.id!)!;
    expect(row.total_eur).toBe(f.funding.totalEur === null ? '' : String(f.funding.totalEur));
  }
  expect(file.bytes.toString('utf8')).toMatch(/\r\n$/);
});

test('hidden columns are left out of the view CSV', { tag: ONCE }, async ({ page }) => {
  await openTable(page, '/');
  await page.locator('summary', { hasText: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Host' }).uncheck();
  await page.getByRole('checkbox', { name: 'Supercomputer' }).uncheck();
  await expect(table(page).locator('thead th[data-column="host"]')).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Name' })).toBeDisabled();
  const file = await download(page, () => page.getByRole('button', { name: 'Download CSV', exact: true }).click());
  expect(file.name).toBe(`ai-factories-${data.asOf}-view.csv`);
  const rows = parseCsv(file.bytes);
  expect(rows.columns).not.toContain('host');
  expect(rows.columns).not.toContain('supercomputer');
  expect(rows.columns.slice(0, 2)).toEqual(['id', 'name']);
  expect(rows).toHaveLength(data.factories.length);
  await page.getByRole('checkbox', { name: 'Host' }).check();
  await expect(table(page).locator('thead th[data-column="host"]')).toHaveCount(1);
});

test('the machine columns are off until ticked; then each estimate says so and links to its method, and the view CSV carries the machines', { tag: ONCE }, async ({ page }) => {
  await openTable(page, '/');
  const estimates = table(page).locator('td[data-column="machineEstimate"]');
  await expect(estimates).toHaveCount(0);
  const csvColumns = async () => parseCsv((await download(page, () => page.getByRole('button', { name: 'Download CSV', exact: true }).click())).bytes).columns;
  expect(await csvColumns()).not.toContain('accelerator_counts');
  await page.locator('summary', { hasText: 'Columns' }).click();
  for (const name of ['Accelerator model', 'Accelerator count', 'Estimated capacity', 'Machine status']) await page.getByRole('checkbox', { name }).check();
  await expect(estimates).toHaveCount(data.factories.length);
  const jupiter = table(page).locator('tbody tr[data-id="jaif"]');
  await expect(jupiter.locator('td[data-column="machineCount"]')).toContainText('23,752 × NVIDIA GH200');
  await expect(jupiter.locator('td[data-column="machineStatus"]')).toContainText('in operation');
  const scope = jupiter.locator('td[data-column="machineEstimate"] [data-estimate-scope]');
  await expect(scope.locator('[data-estimate]')).toHaveCount(1);
  await expect(scope.getByRole('link', { name: 'estimate' })).toHaveAttribute('href', '/about#h100-equivalents');
  expect(await csvColumns()).toEqual(expect.arrayContaining(['machines', 'accelerator_models', 'accelerator_counts']));
});

test('the full-dataset button exports every factory, whatever the filter', async ({ page }) => {
  await openTable(page, '/?wave=3&q=zzz');
  const file = await download(page, () => page.getByRole('link', { name: /Download all factories/ }).click());
  expect(file.name).toBe(`ai-factories-${data.asOf}.csv`);
  expect(parseCsv(file.bytes).map((r) => r.id)).toEqual(data.factories.map((f) => f.id));
});

test('the header sticks while the table scrolls', { tag: ONCE }, async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await openTable(page, '/');
  const scroller = page.getByRole('region', { name: /AI Factories in the current view/ });
  const firstRow = table(page).locator('tbody tr').first();
  const rowBefore = (await firstRow.boundingBox())!.y;
  await scroller.evaluate((el) => el.scrollTo(0, 400));
  // The table did scroll in its box: it had room to, and its first row went up by as much.
  expect(await scroller.evaluate((el) => el.scrollTop)).toBe(400);
  expect(rowBefore - (await firstRow.boundingBox())!.y).toBeCloseTo(400, -1);
  const [box, head] = await Promise.all([scroller.boundingBox(), table(page).locator('thead th').first().boundingBox()]);
  expect(Math.abs(head!.y - box!.y)).toBeLessThan(3);
});

test('a 390 px phone has no sideways page scroll, and every header link is on screen', { tag: ONCE }, async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openTable(page, '/?sort=funding:desc');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  const links = page.getByRole('banner').getByRole('navigation').getByRole('link');
  expect(await links.count()).toBeGreaterThan(0);
  for (const link of await links.all()) {
    const box = (await link.boundingBox())!;
    expect(box.x + box.width, await link.innerText()).toBeLessThanOrEqual(390);
  }
});

test('the static data files hold every factory with the right content types', async ({ request }) => {
  const csv = await request.get('/data/ai-factories.csv');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const rows = parseCsv(await csv.body());
  expect(rows.map((r) => r.id)).toEqual(data.factories.map((f) => f.id));
  expect(rows.map((r) => r.name)).toEqual(data.factories.map((f) => f.name));

  const json = await request.get('/data/ai-factories.json');
  expect(json.headers()['content-type']).toMatch(/^application\/json/);
  const body = (await json.json()) as typeof data;
  expect(body.asOf).toBe(data.asOf);
  expect(body.factories).toEqual(data.factories);

  const antennas = await request.get('/data/ai-factory-antennas.csv');
  expect(antennas.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(parseCsv(await antennas.body()).map((r) => r.id)).toEqual(data.antennas.map((a) => a.id));
});

test('the table links to the static data files', async ({ page }) => {
  await page.goto('/');
  for (const file of ['ai-factories.csv', 'ai-factories.json', 'ai-factory-antennas.csv'])
    await expect(page.locator(`a[href="/data/${file}"]`).first()).toBeVisible();
});

test.describe('on a 390×844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const [sort, column] of [
    ['funding:desc', 'funding'],
    ['national:asc', 'national'],
    ['selected:desc', 'selected'],
  ] as const) {
    test(`sorted by ${sort}: every row's sorted value is on screen beside its name, with no sideways or inner scrolling`, { tag: ONCE }, async ({ page }) => {
      await openTable(page, `/?sort=${sort}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // No nested scroll box: the table's region is as tall and as wide as what it holds.
      const region = page.getByRole('region', { name: /^AI Factories in the current view/ });
      const box = await region.evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth, sh: el.scrollHeight, ch: el.clientHeight }));
      expect(box.sw).toBeLessThanOrEqual(box.cw + 1);
      expect(box.sh).toBeLessThanOrEqual(box.ch + 1);
      const rows = table(page).locator('tbody tr');
      expect(await rows.count()).toBe(data.factories.length);
      for (const row of await rows.all()) {
        const [name, value] = await Promise.all([row.locator('th').boundingBox(), row.locator(`td[data-column="${column}"]`).boundingBox()]);
        expect(value, (await row.getAttribute('data-id')) ?? '').not.toBeNull();
        expect(value!.x).toBeGreaterThanOrEqual(0);
        expect(value!.x + value!.width).toBeLessThanOrEqual(390);
        // The sorted value comes straight after the name, before the other fields.
        expect(value!.y).toBeGreaterThanOrEqual(name!.y + name!.height - 1);
        const others = await row.locator(`td:not([data-column="${column}"])`).evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().top));
        expect(Math.min(...others)).toBeGreaterThan(value!.y);
      }
    });
  }

  test('a filtered view says so above the key figures', { tag: ONCE }, async ({ page }) => {
    await openTable(page, '/?country=GR');
    const note = page.getByTestId('kpis-filtered');
    await expect(note).toContainText('Greece');
    const [noteBox, kpis] = await Promise.all([note.boundingBox(), page.getByTestId('kpis').boundingBox()]);
    expect(noteBox!.y).toBeLessThan(kpis!.y);
    expect(noteBox!.y).toBeLessThan(844);
  });
});
