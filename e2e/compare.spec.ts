// The comparison (/compare?ids=…), in English and German: chosen from the table, reopened from its URL, shared sectors
// marked in words, undisclosed money said, its CSV, its embed on another origin, axe, a phone; and the ways in
// ("How to get access") on every factory page and under the finder's results.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { FACTORY_CSV_COLUMNS } from '../lib/export/csv-columns';
import { test } from './embed-parent';
import { frameHeight, heights } from './embed-messages';
import { download, openTable, parseCsv, readDataset, table } from './helpers';
import { ONCE } from './once';

const data = readDataset();
const programme = (JSON.parse(readFileSync('data/ai-factories.json', 'utf8')) as { programme: { access: { url: string }[] } }).programme;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
// Two that share sectors and disclose their money, one that discloses neither sectors nor money.
const IDS = ['bsc-aif', 'it4lia', 'lumi-aif'];
const named = (id: string) => data.factories.find((f) => f.id === id)!;
const SHARED = (() => {
  const sectors = IDS.map((id) => (named(id) as unknown as { sectors: string[] }).sectors);
  return sectors.flat().filter((s, i, all) => all.indexOf(s) === i && sectors.filter((list) => list.includes(s)).length > 1);
})();

const LANGUAGES = [
  { prefix: '', words: { compare: /^Compare ticked/, shared: 'shared', notDisclosed: 'not disclosed', access: 'How to get access', csv: 'Download this comparison (CSV)' } },
  { prefix: '/de', words: { compare: /^Markierte vergleichen/, shared: 'gemeinsam', notDisclosed: 'nicht angegeben', access: 'So erhalten Sie Zugang', csv: 'Diesen Vergleich herunterladen (CSV)' } },
];

const compareTable = (page: Page) => page.getByTestId('compare-table');
const columnIds = (page: Page) => compareTable(page).locator('thead th[data-id]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-id')));
const cell = (page: Page, row: string, column: number) => compareTable(page).locator(`tbody tr[data-row="${row}"] td`).nth(column);

async function expectAxeClean(page: Page, label: string) {
  const { violations, passes } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(passes.map((p) => p.id)).toContain('color-contrast');
  expect(violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), label).toEqual([]);
}

test('the chosen factories share at least one sector, so the test can see a mark', () => {
  expect(SHARED.length).toBeGreaterThan(0);
  expect(named('lumi-aif').funding.totalEur).toBeNull();
});

for (const { prefix, words } of LANGUAGES) {
  // English on both servers; the German copy tests the words, which the server does not change.
  const once = prefix ? { tag: ONCE } : {};
  test(`${prefix || '/'}: from the table, three factories compared; the URL reopens it; shared sectors and undisclosed money said`, once, async ({ page }) => {
    await openTable(page, prefix || '/');
    const button = page.getByTestId('compare-chosen');
    await expect(button).toBeDisabled();
    for (const id of IDS) await table(page).locator(`tr[data-id="${id}"] input[type="checkbox"]`).check();
    await expect(button).toHaveText(words.compare);
    await button.click();
    await expect(page).toHaveURL(`${prefix}/compare?ids=${IDS.join(',')}`);
    await expect.poll(() => columnIds(page)).toEqual(IDS);

    // The shared sectors say so in words, in the columns that cover them, and nowhere else.
    const marked = compareTable(page).locator('tr[data-row="sectors"] li[data-shared]');
    await expect(marked).toHaveCount(SHARED.length * 2);
    for (const li of await marked.all()) await expect(li).toContainText(words.shared);
    await expect(cell(page, 'sectors', 2).locator('li')).toHaveCount(0);

    // Undisclosed money is said, never drawn as a zero-length bar.
    for (const row of ['total', 'eu', 'national']) {
      await expect(cell(page, row, 2)).toHaveText(words.notDisclosed);
      await expect(cell(page, row, 2).locator('[data-series]')).toHaveCount(0);
      await expect(cell(page, row, 0).locator('[data-series]')).toHaveCount(1);
    }

    // The URL is the comparison: opened afresh, it shows the same columns.
    await page.goto(page.url());
    await expect.poll(() => columnIds(page)).toEqual(IDS);
    await expectAxeClean(page, `${prefix}/compare`);
  });

  test(`${prefix || '/'}: the comparison’s CSV has one row per factory and the table CSV’s columns`, { tag: ONCE }, async ({ page }) => {
    await page.goto(`${prefix}/compare?ids=${IDS.join(',')}`);
    await expect.poll(() => columnIds(page)).toEqual(IDS);
    const file = await download(page, () => page.getByRole('button', { name: words.csv }).click());
    expect(file.name).toMatch(new RegExp(`^ai-factories-\\d{4}-\\d{2}-\\d{2}-compare-${IDS.join('-')}\\.csv$`));
    const rows = parseCsv(file.bytes);
    expect(rows.length).toBe(3);
    expect(rows.map((r) => r.id)).toEqual(IDS);
    expect(rows.columns).toEqual(FACTORY_CSV_COLUMNS.map((c) => c.key));
    expect(rows[2]!.total_eur).toBe('');
  });

  // Every English page; in German, the words on three (the routes and their sources are the same data).
  test(`${prefix || '/'}: every factory page says how to get access, each route with a source on the page`, { tag: ONCE }, async ({ page }) => {
    for (const f of prefix ? data.factories.slice(0, 3) : data.factories) {
      await page.goto(`${prefix}/factories/${f.id}`);
      const access = page.getByTestId('access');
      await expect(access.getByRole('heading', { level: 2 })).toHaveText(words.access);
      const routes = access.locator('li[data-access]');
      expect(await routes.count(), f.id).toBeGreaterThan(0);
      for (const route of await routes.all()) {
        // The route's own link, and where it comes from: a numbered reference into the page's source list, or the
        // programme route's source named beside it.
        const link = route.locator('a').first();
        await expect(link).toHaveAttribute('href', /^https?:\/\//);
        const refs = await route.locator('sup a[href^="#source-"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
        const named = await route.locator('a[data-source]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
        expect(refs.length + named.length, `${f.id}: ${await link.textContent()}`).toBeGreaterThan(0);
        for (const ref of refs) await expect(page.locator(ref)).toHaveCount(1);
      }
      await expect(access.locator('li[data-access="programme"] a').first()).toHaveAttribute('href', programme.access[0]!.url);
    }
  });

  test(`${prefix || '/'}: the finder’s first result links to its access, and compares the top three`, { tag: ONCE }, async ({ page }) => {
    await page.goto(`${prefix}/find?country=IT&sector=health`);
    const first = page.locator('#finder-results ~ ol > li').first();
    // Ranked in the browser: the server HTML lists the factories alphabetically. Italy hosts the first.
    await expect(first).toHaveAttribute('data-involvement', 'host');
    const id = (await first.getByRole('heading', { level: 3 }).getByRole('link').getAttribute('href'))!.split('/').pop()!;
    const access = first.getByTestId('result-access');
    await expect(access.getByRole('link', { name: words.access })).toHaveAttribute('href', `${prefix}/factories/${id}#access`);
    await expect(access.locator(`a[href="${programme.access[0]!.url}"]`)).toHaveCount(1);
    // The top three as ranked, every one of them, in the comparison's URL and its columns.
    const top = await page.locator('#finder-results ~ ol > li h3 a').evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')!.split('/').pop()!));
    expect(top[0]).toBe(id);
    await page.getByTestId('compare-top').click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/compare\\?ids=${top.join(',')}$`));
    await expect.poll(() => columnIds(page)).toEqual(top);
  });
}

test('the machines side by side: model, count, performance, status, and an estimate that says so and links to its method', { tag: ONCE }, async ({ page }) => {
  await page.goto('/compare?ids=jaif,it4lia,lumi-aif');
  await expect.poll(() => columnIds(page)).toEqual(['jaif', 'it4lia', 'lumi-aif']);
  await expect(cell(page, 'accelerators', 0)).toContainText('NVIDIA GH200');
  await expect(cell(page, 'acceleratorCount', 0)).toContainText('23,752 × NVIDIA GH200');
  await expect(cell(page, 'aiPerformance', 0)).toHaveText('not disclosed');
  await expect(cell(page, 'machineStatus', 0)).toContainText('in operation');
  // Two machines: each on its own line, named; the one no source counts says so.
  await expect(cell(page, 'machineStatus', 1).locator('li')).toHaveCount(2);
  await expect(cell(page, 'acceleratorCount', 1)).toContainText('Leonardo: not disclosed');
  const estimates = compareTable(page).locator('tr[data-row="estimate"][data-estimate-scope]');
  await expect(estimates.locator('td').nth(0).locator('[data-estimate]')).toHaveCount(1);
  await expect(estimates.locator('td').nth(0).getByRole('link', { name: 'estimate' })).toHaveAttribute('href', '/about#h100-equivalents');
  await expect(estimates.locator('td').nth(2).locator('[data-estimate]')).toHaveCount(0);
  await expect(estimates.locator('td').nth(2)).toContainText('not disclosed');
});

test('a factory page offers the three closest factories to compare with, and all four together', { tag: ONCE }, async ({ page }) => {
  await page.goto(`/factories/${IDS[0]}`);
  const section = page.getByRole('region', { name: 'Compare it with…' });
  await expect(section.getByRole('listitem')).toHaveCount(3);
  await section.getByTestId('compare-all').click();
  await expect.poll(async () => (await columnIds(page)).length).toBe(4);
  expect((await columnIds(page))[0]).toBe(IDS[0]);
});

test('a factory page puts it in context: the map, its investment rank, its sector neighbours', { tag: ONCE }, async ({ page }) => {
  await page.goto('/factories/lumi-aif');
  const context = page.getByRole('region', { name: 'In context' });
  await expect(context.getByRole('img', { name: /LUMI/ })).toBeVisible();
  // Its total is not disclosed: no rank is made up.
  await expect(context.getByTestId('investment-rank')).toHaveText(/^Not disclosed, so not ranked/);
  await page.goto(`/factories/${IDS[1]}`);
  await expect(page.getByTestId('investment-rank')).toHaveText(/^\d+(st|nd|rd|th) of \d+ factories that disclose/);
});

test('fewer than two known ids give the chooser, not an error; a choice there and Compare update the URL', { tag: ONCE }, async ({ page }) => {
  const response = await page.goto('/compare?ids=bsc-aif,no-such-factory,bsc-aif');
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId('compare-chooser')).toBeVisible();
  await expect(compareTable(page)).toHaveCount(0);
  await expect(page.getByRole('status').first()).toContainText('fewer than two');
  await expect(page.getByRole('checkbox', { name: named('bsc-aif').name })).toBeChecked();
  await page.getByRole('checkbox', { name: named('it4lia').name }).check();
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page).toHaveURL('/compare?ids=bsc-aif,it4lia');
  await expect.poll(() => columnIds(page)).toEqual(['bsc-aif', 'it4lia']);
});

test('the chooser keeps its list while ticking: one tick asks for another, two do not navigate, Compare does', { tag: ONCE }, async ({ page }) => {
  await page.goto('/compare');
  await expect(page.getByTestId('compare-chooser')).toHaveAttribute('data-ready', 'true');
  const ticked = page.getByTestId('compare-ticked');
  await page.getByRole('checkbox', { name: named('bsc-aif').name }).check();
  await expect(page).toHaveURL('/compare');
  await expect(page.getByText('fewer than two')).toHaveCount(0);
  await expect(ticked).toHaveText('1 ticked: tick at least one more.');
  await page.getByRole('checkbox', { name: named('it4lia').name }).check();
  await page.getByRole('checkbox', { name: named('lumi-aif').name }).check();
  await expect(page).toHaveURL('/compare');
  await expect(page.getByTestId('compare-chooser')).toBeVisible();
  await expect(compareTable(page)).toHaveCount(0);
  await expect(ticked).toHaveText('3 ticked.');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page).toHaveURL(`/compare?ids=${IDS.join(',')}`);
  await expect.poll(() => columnIds(page)).toEqual(IDS);
});

test('at four ticked the other names are off, look it, and the line beside the button says why', { tag: ONCE }, async ({ page }) => {
  await page.goto('/compare');
  await expect(page.getByTestId('compare-chooser')).toHaveAttribute('data-ready', 'true');
  const boxes = page.getByTestId('compare-chooser').getByRole('checkbox');
  for (let i = 0; i < 4; i++) await boxes.nth(i).check();
  const off = boxes.nth(4);
  await expect(off).toBeDisabled();
  await expect(off).toHaveAccessibleDescription('That is the most one comparison shows (4): untick one to choose another.');
  await expect(page.getByTestId('compare-ticked')).toHaveText('That is the most one comparison shows (4): untick one to choose another.');
  const colour = (n: number) => page.getByTestId('compare-chooser').locator('label').nth(n).evaluate((l) => getComputedStyle(l).color);
  expect(await colour(4)).not.toBe(await colour(0));
  await boxes.nth(0).uncheck();
  await expect(off).toBeEnabled();
});

test('Compare is in the main navigation on every page', { tag: ONCE }, async ({ page }) => {
  await page.goto('/about');
  await page.getByRole('banner').getByRole('navigation').getByRole('link', { name: 'Compare', exact: true }).click();
  await expect(page).toHaveURL('/compare');
  await page.goto('/de');
  await expect(page.getByRole('banner').getByRole('navigation').getByRole('link', { name: 'Vergleichen' })).toHaveAttribute('href', '/de/compare');
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const { prefix } of LANGUAGES) {
    test(`${prefix}/compare: no sideways page scroll; the table scrolls in its box with its row labels in view`, { tag: ONCE }, async ({ page }) => {
      await page.goto(`${prefix}/compare?ids=${[...IDS, 'jaif'].join(',')}`);
      await expect.poll(async () => (await columnIds(page)).length).toBe(4);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const box = page.locator('[role="region"]:has([data-testid="compare-table"])');
      expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
      const label = compareTable(page).locator('tbody th').first();
      await expect(label).toBeInViewport();
      expect(await label.evaluate((el) => el.getBoundingClientRect().left)).toBeLessThan(40);
    });
  }
});

test('/embed/compare framed by another origin: renders the comparison and posts its height', async ({ page, parent, baseURL }) => {
  await page.setViewportSize({ width: 800, height: 700 });
  await page.goto(`${parent}/?src=${encodeURIComponent(`/de/embed/compare?ids=${IDS.join(',')}`)}`);
  const frame = page.frameLocator('#embed');
  await expect(frame.locator('thead th[data-id]')).toHaveCount(3);
  await expect(frame.getByRole('link', { name: 'Diesen Vergleich auf der Website öffnen' })).toHaveAttribute('href', `/de/compare?ids=${IDS.join(',')}`);
  await expect.poll(async () => (await heights(page)).length).toBeGreaterThan(0);
  const last = (await heights(page)).at(-1)!;
  expect(last.origin).toBe(baseURL);
  expect(last.data.view).toBe('compare');
  expect(last.data.height).toBeGreaterThan(400);
  await expect.poll(() => frameHeight(page)).toBe(Math.ceil((await heights(page)).at(-1)!.data.height!));
});
