import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openBeforeHydration, openTable } from './helpers';
import { ONCE } from './once';

interface F {
  id: string;
  name: string;
  city: string;
  country: string;
  wave: number;
  partnerCountries: string[];
  sectors: string[];
}
const data = JSON.parse(readFileSync('data/ai-factories.json', 'utf8')) as { factories: F[]; antennas: { country: string }[] };
const names = new Intl.DisplayNames(['en'], { type: 'region' });
const kpi = (page: Page, label: string) => page.locator(`[data-kpi="${label}"]`);
const tableRows = (page: Page) => page.getByTestId('factory-table').locator('tbody tr');

/** The ids a page lists in the funding twin, which shows one row per factory in the current view. */
async function fundingIds(page: Page): Promise<string[]> {
  const hrefs = await page.getByTestId('funding-table').locator('tbody a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  return hrefs.map((h) => h!.replace('/factories/', '')).sort();
}

test('the four sections have their headings, takeaways, sources and table twins', async ({ page }) => {
  await page.goto('/');
  for (const title of ['Country spread', 'Sector coverage', 'Funding', 'Timeline', 'All factories']) {
    const section = page.getByRole('region', { name: title, exact: true });
    await expect(section.getByRole('heading', { level: 2, name: title })).toBeVisible();
  }
  for (const id of ['country-spread', 'sector-coverage', 'funding', 'timeline']) {
    await expect(page.getByTestId(`${id}-takeaway`)).not.toBeEmpty();
    await expect(page.locator(`#${id} .source-line`)).toContainText('Source:');
  }
  await expect(page.getByTestId('sector-coverage-takeaway')).toHaveText(/is covered by \d+ of 19 factories|are each covered/);
  // Twins and the matrix link every factory.
  for (const twin of ['funding-table', 'sector-matrix']) {
    await expect(page.getByTestId(twin).locator('tbody a[href^="/factories/"]')).toHaveCount(data.factories.length);
  }
});

test('the map draws Europe with a marker per factory and antenna, each reachable by keyboard', { tag: ONCE }, async ({ page }) => {
  await page.goto('/');
  const map = page.getByTestId('country-map');
  await expect(map).toHaveAttribute('role', 'img');
  await expect(map).toHaveAttribute('aria-label', /^Map of Europe/);
  const drawn = await map.locator('use[data-country]').evaluateAll((ps) => new Set(ps.map((p) => p.getAttribute('data-country'))).size);
  expect(drawn).toBeGreaterThanOrEqual(45);
  const hosts = new Set(data.factories.map((f) => f.country));
  expect(await map.locator('use[data-role="host"]').evaluateAll((ps) => new Set(ps.map((p) => p.getAttribute('data-country'))).size)).toBe(hosts.size);

  const markers = page.locator('[data-marker]');
  await expect(markers).toHaveCount(data.factories.length + data.antennas.length);
  const lumi = data.factories.find((f) => f.id === 'lumi-aif')!;
  await expect(page.locator('[data-marker="lumi-aif"]')).toHaveAccessibleName(`${lumi.name}, ${lumi.city}, Finland`);

  // Tab through the map: every factory and the small states' antennas must be reached.
  await page.locator('#country-map').scrollIntoViewIfNeeded();
  await page.locator('[data-marker]').first().focus();
  const reached = new Set<string>();
  for (let i = 0; i < data.factories.length + data.antennas.length; i++) {
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    reached.add(name);
    await page.keyboard.press('Tab');
  }
  for (const f of data.factories) expect(reached, f.name).toContain(`${f.name}, ${f.city}, ${names.of(f.country)}`);
  for (const country of ['Malta', 'Cyprus']) expect([...reached].some((n) => n.startsWith('AI Factory Antenna') && n.endsWith(country)), country).toBe(true);
  expect([...reached].some((n) => n.endsWith('Luxembourg'))).toBe(true);

  // Small states keep a 24×24 px target at least.
  for (const id of ['luxembourg-aif', 'antenna-mt', 'antenna-cy']) {
    const box = (await page.locator(`[data-marker="${id}"]`).boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
  }
  // Focus shows the tooltip.
  await page.locator('[data-marker="antenna-mt"]').focus();
  await expect(page.locator('[data-marker="antenna-mt"] [role="tooltip"]')).toBeVisible();
});

test('clicking a sector bar and a country filters the URL, the KPIs and every table', { tag: ONCE }, async ({ page }) => {
  await page.goto('/');
  const sector = 'health';
  const inSector = data.factories.filter((f) => f.sectors.includes(sector));
  // Charts mount when they come near the viewport.
  await page.getByTestId('sector-bars').scrollIntoViewIfNeeded();
  // recharts' bar, once its chunk has arrived: the HTML bars that stand in meanwhile (and print) do not filter.
  await page.locator(`[data-testid="sector-bars"] .recharts-wrapper [data-bar="${sector}"]`).first().click();
  await expect(page).toHaveURL(/[?&]sector=health(&|$)/);
  await expect(kpi(page, 'AI Factories')).toHaveText(String(inSector.length));
  await expect(tableRows(page)).toHaveCount(inSector.length);
  expect(await fundingIds(page)).toEqual(inSector.map((f) => f.id).sort());
  await expect(page.getByTestId('sector-matrix').locator('tbody tr')).toHaveCount(inSector.length);

  // Then a country on the map: AND across kinds. (A dispatched click: a city marker may sit over the country's middle.)
  const country = inSector[0]!.country;
  await page.locator(`[data-testid="country-map"] use[data-country="${country}"]`).first().dispatchEvent('click');
  await expect(page).toHaveURL(new RegExp(`country=${country}`));
  const both = inSector.filter((f) => f.country === country || f.partnerCountries.includes(country));
  await expect(kpi(page, 'AI Factories')).toHaveText(String(both.length));
  await expect(tableRows(page)).toHaveCount(both.length);
  expect(await fundingIds(page)).toEqual(both.map((f) => f.id).sort());

  // Back undoes the last filter.
  await page.goBack();
  await expect(page).not.toHaveURL(/country=/);
  await expect(kpi(page, 'AI Factories')).toHaveText(String(inSector.length));

  // Reset clears everything.
  await page.getByRole('button', { name: 'Reset all filters' }).click();
  await expect(kpi(page, 'AI Factories')).toHaveText(String(data.factories.length));
});

const cases: [string, (f: F) => boolean][] = [
  ['?wave=2', (f) => f.wave === 2],
  ['?country=IT', (f) => f.country === 'IT' || f.partnerCountries.includes('IT')],
  ['?wave=1&country=PL', (f) => f.wave === 1 && (f.country === 'PL' || f.partnerCountries.includes('PL'))],
  ['?wave=1,3&sector=health', (f) => [1, 3].includes(f.wave) && f.sectors.includes('health')],
];
for (const [query, keep] of cases) {
  // One on both servers: the same prerendered page and scripts read the query on either.
  test(`${query} loads the right set`, query === cases[0]![0] ? {} : { tag: ONCE }, async ({ page }) => {
    const expected = data.factories.filter(keep).map((f) => f.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    await page.goto(`/${query}`);
    await expect(kpi(page, 'AI Factories')).toHaveText(String(expected.length));
    expect(await fundingIds(page)).toEqual(expected);
    await expect(tableRows(page)).toHaveCount(expected.length);
  });
}

test('malformed and hostile params give the whole set with status 200, and no markup of theirs runs', { tag: ONCE }, async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const script = encodeURIComponent('<script>alert("country")</script>');
  const image = encodeURIComponent('<img src=x onerror=alert("sort")>');
  const response = await page.goto(`/?wave=abc,-1,99&country=ZZ,${script}&sector=%E0%A4%A,${image}&sort=${image}&q=`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('[data-hydrated]')).toBeVisible();
  await expect(kpi(page, 'AI Factories')).toHaveText(String(data.factories.length));
  await expect(tableRows(page)).toHaveCount(data.factories.length);
  // The query reaches the page only through the browser's URL: none of it may become an element.
  await expect(page.locator('script:not([src])').filter({ hasText: 'alert(' })).toHaveCount(0);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('no console errors and no request leaves the origin', async ({ page, baseURL }) => {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
  });
  await page.goto('/?sector=health');
  for (const chart of ['country-bars', 'sector-bars', 'funding-bars', 'wave-bars']) {
    await page.getByTestId(chart).scrollIntoViewIfNeeded();
    await page.locator(`[data-testid="${chart}"] .recharts-bar-rectangle`).first().waitFor();
  }
  await page.getByRole('button', { name: /Wave 2/ }).click();
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});

test('a country picked before the JavaScript arrives is added to the filters in the URL once it does', { tag: ONCE }, async ({ page }) => {
  const release = await openBeforeHydration(page, '/?wave=1');
  const picker = page.getByRole('combobox', { name: 'Country (host or partner)' });
  await picker.selectOption('PT');
  release();
  await expect(page.locator('[data-hydrated]')).toBeVisible();
  await expect(page).toHaveURL(/\?wave=1&country=PT$/);
  await expect(page.getByRole('button', { name: 'Remove filter: Portugal' })).toBeVisible();
  await expect(picker).toHaveValue('');
});

test('the filter bar pickers add filters, and their chips remove them', { tag: ONCE }, async ({ page }) => {
  await openTable(page, '/');
  await page.getByRole('combobox', { name: 'Country (host or partner)' }).selectOption('PT');
  await page.getByRole('combobox', { name: 'Sector', exact: true }).selectOption('health');
  await expect(page).toHaveURL(/\?country=PT&sector=health$/);
  const both = data.factories.filter((f) => (f.country === 'PT' || f.partnerCountries.includes('PT')) && f.sectors.includes('health'));
  await expect(page.getByTestId('result-count')).toHaveText(`Showing ${both.length} ${both.length === 1 ? 'factory' : 'factories'} of ${data.factories.length}`);
  await page.getByRole('button', { name: 'Remove filter: Portugal' }).click();
  await expect(page).toHaveURL(/\?sector=health$/);
  await expect(kpi(page, 'AI Factories')).toHaveText(String(data.factories.filter((f) => f.sectors.includes('health')).length));
});

test('arrow keys on a closed picker move through the countries without filtering; Enter adds the one reached', { tag: ONCE }, async ({ page }) => {
  await openTable(page, '/');
  const picker = page.getByRole('combobox', { name: 'Country (host or partner)' });
  const options = await picker.locator('option:not([value=""])').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  await picker.focus();
  for (let i = 0; i < 4; i++) await picker.press('ArrowDown');
  await expect(picker).toHaveValue(options[3]!);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('result-count')).toHaveText(`Showing all ${data.factories.length} factories`);
  await picker.press('Enter');
  await expect(page).toHaveURL(new RegExp(`\\?country=${options[3]}$`));
  await expect(picker).toHaveValue('');
  await expect(picker).toBeFocused();
});

test('filtered, the wave chart says its bars are whole waves; each funding chart has its own legend of distinct colours', { tag: ONCE }, async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('waves-whole')).toHaveCount(0);
  await page.goto('/?country=GR');
  await expect(page.getByTestId('waves-whole')).toHaveText(/^Whole waves: each bar is the wave’s whole announced investment/);
  for (const chart of ['#funding-factories', '#funding-waves']) {
    const swatches = page.locator(`${chart} [data-legend] li > span`);
    const colours = await swatches.evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
    expect(colours.length, chart).toBeGreaterThan(1);
    expect(new Set(colours).size, chart).toBe(colours.length);
  }
});
