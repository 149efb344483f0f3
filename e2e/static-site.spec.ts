// What the static export can get wrong where `next start` cannot. out/ is a build of its own (`output: 'export'`,
// no proxy, no pseudo-locale), one HTML file for every query of a page, and a link followed inside the app fetches
// the next page's `.txt` payload from the host; if that fetch fails, Next falls back to loading the whole page, and
// the visitor lands on the right URL all the same. So each test marks the window before it acts: a mark still there
// after the move proves the page moved in the app, and any same-origin answer of 400 or more fails the test.
// Runs on nginx only (playwright.config.ts, NGINX_ONLY): on `next start` the same moves are compare.spec's and
// present.spec's, and nothing there is fetched from files. About 35 s of worker time.
import { expect, test, type Page } from '@playwright/test';
import { expectedBars, shownFactories } from './data-totals';
import { afterHydration, readDataset } from './helpers';

const data = readDataset();

/** Records every same-origin response of 400 or more, and every request that failed outright. */
function watchFailures(page: Page, origin: string) {
  const failures: string[] = [];
  page.on('response', (r) => {
    if (r.url().startsWith(origin) && r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => {
    // A prefetch or payload cut short by the navigation it was for is not a failure of the host.
    if (r.url().startsWith(origin) && r.failure()?.errorText !== 'net::ERR_ABORTED') failures.push(`${r.failure()?.errorText} ${r.url()}`);
  });
  return failures;
}

const mark = (page: Page) => page.evaluate(() => ((window as unknown as { stayed?: boolean }).stayed = true));
const stayed = (page: Page) => page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed === true);

/** Does `act`, waits for `url`, and holds the move to a navigation inside the app that fetched nothing missing. */
async function moveInApp(page: Page, origin: string, act: () => Promise<void>, url: RegExp) {
  const failures = watchFailures(page, origin);
  await mark(page);
  await act();
  await expect(page).toHaveURL(url);
  expect(await stayed(page), 'moved inside the app, not by loading the whole page').toBe(true);
  expect(failures).toEqual([]);
}

const columnIds = (page: Page) =>
  page
    .getByTestId('compare-table')
    .locator('thead th[data-id]')
    .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-id')));

test('Esc in screen mode goes home in the app, and the dashboard draws', async ({ page, baseURL }) => {
  await page.goto('/present?slides=kpis&interval=3600');
  await expect(page.locator('[data-slide-id]')).toHaveAttribute('data-ready', 'true');
  await moveInApp(page, baseURL!, () => page.keyboard.press('Escape'), /\/$/);
  await expect(page.locator('[data-kpi="AI Factories"]')).toHaveText(String(data.factories.length));
});

test('the finder’s “compare the top three” and a factory’s “compare all four” open the comparison in the app', async ({ page, baseURL }) => {
  await page.goto('/find?country=IT&sector=health');
  const first = page.locator('#finder-results ~ ol > li').first();
  // Ranked in the browser: Italy hosts the first.
  await expect(first).toHaveAttribute('data-involvement', 'host');
  const top = await page.locator('#finder-results ~ ol > li h3 a').evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')!.split('/').pop()!));
  await moveInApp(page, baseURL!, () => page.getByTestId('compare-top').click(), new RegExp(`/compare\\?ids=${top.join(',')}$`));
  await expect.poll(() => columnIds(page)).toEqual(top);

  const id = data.factories[0]!.id;
  await page.goto(`/factories/${id}`);
  await expect(page.getByTestId('compare-all')).toBeVisible();
  const all = await page.getByTestId('compare-all').getAttribute('href');
  const ids = new URLSearchParams(all!.split('?')[1]).get('ids')!.split(',');
  expect(ids).toHaveLength(4);
  await moveInApp(page, baseURL!, () => page.getByTestId('compare-all').click(), /\/compare\?ids=/);
  await expect.poll(() => columnIds(page)).toEqual(ids);
});

test('the compare chooser completes a comparison in the app', async ({ page, baseURL }) => {
  await page.goto('/compare?ids=bsc-aif');
  await expect(page.getByTestId('compare-chooser')).toBeVisible();
  await afterHydration(page);
  const it4lia = data.factories.find((f) => f.id === 'it4lia')!;
  // Ticking chooses; the Compare button opens the comparison (the list stays while one chooses).
  await page.getByRole('checkbox', { name: it4lia.name }).check();
  await moveInApp(page, baseURL!, () => page.getByRole('button', { name: 'Compare', exact: true }).click(), /\/compare\?ids=bsc-aif,it4lia$/);
  await expect.poll(() => columnIds(page)).toEqual(['bsc-aif', 'it4lia']);
});

test('the language switcher opens the German page with the filters, and it runs', async ({ page, baseURL }) => {
  const failures = watchFailures(page, baseURL!);
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/?wave=2#funding');
  await expect(page.locator('[data-hydrated]')).toBeVisible();
  const switcher = page.getByTestId('language-switcher');
  await switcher.locator('summary').click();
  await switcher.locator('a[data-locale="de"]').click();
  await expect(page).toHaveURL(/\/de\?wave=2#funding$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  // The static HTML is the unfiltered page: the count comes from the browser reading the query.
  await expect(page.locator('[data-kpi="AI Factories"]')).toHaveText(String(data.factories.filter((f) => f.wave === 2).length));
  await expect(page.locator('[data-hydrated]')).toBeVisible();
  expect(failures).toEqual([]);
  expect(errors).toEqual([]);
});

for (const view of ['kpis', 'countries', 'sectors', 'funding', 'timeline', 'table', 'map'])
  test(`/embed/${view}?wave=2 follows its filter`, async ({ page, baseURL }) => {
    const failures = watchFailures(page, baseURL!);
    await page.goto(`/embed/${view}?wave=2`);
    // The static HTML is the unfiltered embed: its way back to the dashboard carries the filter once the browser has read it.
    await expect(page.locator('[data-embed] a[target="_blank"]').last()).toHaveAttribute('href', /\/\?wave=2#/);
    const bars = expectedBars('wave=2');
    const keys = () => page.locator('li[data-bar]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-bar')).sort());
    if (view === 'kpis') await expect(page.locator('[data-kpi="AI Factories"]')).toHaveText(String(shownFactories('wave=2').length));
    if (view === 'sectors') await expect.poll(keys).toEqual(Object.keys(bars['sector-bars']!).sort());
    if (view === 'funding') await expect.poll(keys).toEqual(Object.keys(bars['funding-bars']!).sort());
    expect(failures).toEqual([]);
  });

test('screen mode’s version poll finds the version the page was built with, and so never reloads', async ({ page, baseURL }) => {
  const polled: { status: number; version: unknown }[] = [];
  page.on('response', async (r) => {
    if (r.url().startsWith(`${baseURL}/present/version.json`)) polled.push({ status: r.status(), version: ((await r.json().catch(() => ({}))) as { version?: unknown }).version });
  });
  await page.goto('/present?interval=3&poll=1');
  const show = page.locator('[data-slide-id]');
  await expect(show).toHaveAttribute('data-ready', 'true');
  await mark(page);
  // Two polls and a slide change later: the served file matched, the show went on, nothing reloaded.
  await expect.poll(() => polled.length, { timeout: 5_000 }).toBeGreaterThanOrEqual(2);
  await expect(show).toHaveAttribute('data-slide-index', '1', { timeout: 5_000 });
  expect(polled.every((p) => p.status === 200 && typeof p.version === 'string' && /^\S+-[0-9a-f]{12}$/.test(p.version))).toBe(true);
  await expect(show).toHaveAttribute('data-connection', 'online');
  expect(await stayed(page)).toBe(true);
});
