import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openBeforeHydration } from './helpers';
import { ONCE } from './once';

const data = JSON.parse(readFileSync('data/ai-factories.json', 'utf8')) as {
  factories: { id: string; name: string; country: string; partnerCountries: string[]; sectors: string[] }[];
};
const it4lia = data.factories.find((f) => f.id === 'it4lia')!;
const lumi = data.factories.find((f) => f.id === 'lumi-aif')!;

const results = (page: Page) => page.getByRole('region', { name: 'Your matches' });
const items = (page: Page) => results(page).locator('ol > li');
/** A result's link to its factory page: its first link (the access links follow it). */
const factoryLink = (item: ReturnType<typeof items>) => item.getByRole('link').first();

test('Italy with a sector of IT4LIA puts the Italian factory first, Italy named as its host country', async ({ page }) => {
  await page.goto(`/find?country=IT&sector=${it4lia.sectors[0]}`);
  const first = items(page).first();
  await expect(factoryLink(first)).toHaveAttribute('href', '/factories/it4lia');
  await expect(first).toContainText('Host country: Italy');
  await expect(first).toContainText('Covers: “');
});

test('a partner country sees its consortia above the others, with the partnership named', { tag: ONCE }, async ({ page }) => {
  expect(it4lia.partnerCountries).toContain('AT');
  await page.goto('/find?country=AT');
  // Austria hosts its own factory; IT4LIA, which it is a partner of, comes straight after.
  await expect(factoryLink(items(page).nth(0))).toHaveAttribute('href', '/factories/ai-at');
  await expect(factoryLink(items(page).nth(1))).toHaveAttribute('href', '/factories/it4lia');
  await expect(items(page).nth(1)).toContainText('Consortium partner: Austria');

  expect(lumi.partnerCountries).toContain('NO');
  await page.goto('/find?country=NO');
  await expect(factoryLink(items(page).nth(0))).toHaveAttribute('href', '/factories/lumi-aif');
  await expect(items(page).nth(0)).toContainText('Consortium partner: Norway');
});

for (const country of ['PT', 'IS', 'UA', 'IE', 'MT']) {
  test(`${country} gets suggestions, every one a link to a factory page`, country === 'PT' ? {} : { tag: ONCE }, async ({ page }) => {
    await page.goto(`/find?country=${country}`);
    await expect(items(page)).toHaveCount(data.factories.length);
    const links = results(page).locator('ol > li a[href^="/factories/"]:not([href*="#"])');
    await expect(links).toHaveCount(data.factories.length);
    await expect(items(page).first()).toContainText(/ km from the capital \(/);
  });
}

test('an unknown sector is ignored: status 200 and suggestions still', { tag: ONCE }, async ({ page }) => {
  const response = await page.goto('/find?country=PT&sector=cooking');
  expect(response?.status()).toBe(200);
  await expect(items(page)).toHaveCount(data.factories.length);
  await expect(page.getByText('cooking')).toHaveCount(0);
  await expect(items(page).first()).toContainText('Consortium partner: Portugal');
});

test('an unknown country asks for one and still lists every factory', { tag: ONCE }, async ({ page }) => {
  const response = await page.goto('/find?country=ZZ&sector=health');
  expect(response?.status()).toBe(200);
  await expect(results(page)).toContainText('Pick your country');
  await expect(items(page)).toHaveCount(data.factories.length);
});

test('the live region announces the count', { tag: ONCE }, async ({ page }) => {
  await page.goto('/find?country=PT&sector=health');
  const status = page.getByRole('status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toHaveText(`${data.factories.length} factories ranked for: Portugal.`);
  await page.getByLabel('Your country', { exact: true }).selectOption('MT');
  await expect(status).toHaveText(`${data.factories.length} factories ranked for: Malta.`);
  await expect(page).toHaveURL(/country=MT&sector=health$/);
});

test('keyboard only: tab to the country, choose with keys, the list re-ranks', { tag: ONCE }, async ({ page }) => {
  await page.goto('/find');
  const select = page.getByLabel('Your country', { exact: true });
  for (let i = 0; i < 30 && !(await select.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(select).toBeFocused();
  // The first country in the list (EU member states, by name) is Austria.
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/\?country=AT$/);
  await expect(page.getByRole('status')).toHaveText(`${data.factories.length} factories ranked for: Austria.`);
  await expect(items(page).first()).toContainText('Host country: Austria');

  // A sector by keyboard: tab into the checkboxes and tick the first with the space bar.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\?country=AT&sector=health$/);
  await expect(items(page).first()).toContainText('Covers: “Health & life sciences”');
});

test('choices made before the JavaScript arrives join the query in the URL once it does', { tag: ONCE }, async ({ page }) => {
  const release = await openBeforeHydration(page, '/find?sector=health');
  await page.getByLabel('Your country', { exact: true }).selectOption('PT');
  await page.getByRole('checkbox', { name: 'Energy', exact: true }).check();
  release();
  await expect(page).toHaveURL(/\?country=PT&sector=health,energy$/);
  await expect(page.getByRole('status')).toHaveText(`${data.factories.length} factories ranked for: Portugal.`);
  await expect(page.getByRole('checkbox', { name: 'Health & life sciences' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Energy', exact: true })).toBeChecked();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form works: a real GET form to /find that sends the choices, and the page it opens lists every factory', async ({ page }) => {
    await page.goto('/find');
    const form = page.locator('form[action="/find"][method="get"]');
    await form.locator('select[name="country"]').selectOption('IT');
    const sector = form.locator('input[type="checkbox"][name="sector"]').first();
    const slug = await sector.getAttribute('value');
    await sector.check();
    await form.getByRole('button', { name: 'Rank the factories' }).click();
    await expect(page).toHaveURL(/\/find\?/);
    const sent = new URL(page.url()).searchParams;
    expect({ country: sent.get('country'), sector: sent.getAll('sector') }).toEqual({ country: 'IT', sector: [slug] });
    // Unranked without scripts (the server sends one page for every query), but every factory is there to read.
    await expect(page.locator('#finder-results ~ ol > li')).toHaveCount(data.factories.length);
  });
});
