// The network in time: `?at=` on the dashboard, the time control (keyboard, play, reduced motion), the plans figure,
// the CSV and the Share link of a month, the growth slide. Timers run on Playwright's clock (docs/testing.md).
import { expect, test, type Page } from '@playwright/test';
import { loadDataset } from '../lib/data/dataset';
import { monthsOf } from '../lib/url/at';
import { monthSpan } from '../lib/views/as-of';
import { viewFromParams } from '../lib/views/filtered';
import { plansModel } from '../lib/views/plans';
import { download, parseCsv } from './helpers';

const data = loadDataset();
const span = monthSpan(data);
const june = viewFromParams(data, new URLSearchParams('at=2025-06'));
const control = (page: Page) => page.locator('[data-time-control]');
const slider = (page: Page) => control(page).getByRole('slider');
const month = (page: Page) => control(page).locator('output');

async function hydrated(page: Page) {
  await expect(page.locator('[data-hydrated]')).toBeVisible();
}

test('/?at=2025-06: the figures of June 2025, said in the takeaways, and the control on that month', async ({ page }) => {
  await page.goto('/?at=2025-06');
  await expect(page.locator('[data-kpi="AI Factories"]')).toHaveText(String(june.factories.length));
  await expect(page.locator('[data-kpi="AI Factory Antennas"]')).toHaveText('0');
  await expect(page.getByTestId('country-spread-takeaway')).toHaveText(/^As of June 2025: /);
  await expect(month(page)).toHaveText('June 2025');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', 'June 2025');
  // A malformed month is ignored: today's network, no error.
  await page.goto('/?at=June');
  await expect(page.locator('[data-kpi="AI Factories"]')).toHaveText(String(data.factories.length));
  await expect(page.getByTestId('country-spread-takeaway')).not.toHaveText(/^As of/);
  // One out of range is clamped to the first selection.
  await page.goto('/?at=2019-01');
  await expect(month(page)).toHaveText('December 2024');
});

test('the slider moves by keyboard, a month per arrow, Home and End to the ends, and the URL follows', async ({ page }) => {
  await page.goto('/?at=2025-06');
  await hydrated(page);
  await slider(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/[?&]at=2025-07/);
  await expect(month(page)).toHaveText('July 2025');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/[?&]at=2025-05/);
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(new RegExp(`[?&]at=${span.first}`));
  await expect(page.locator('[data-kpi="AI Factories"]')).toHaveText(String(viewFromParams(data, { at: span.first }).factories.length));
  await page.keyboard.press('End');
  await expect(page).toHaveURL(new RegExp(`[?&]at=${span.last}`));
  // Today drops the month from the URL.
  await control(page).getByRole('button', { name: 'Today' }).click();
  await expect(page).not.toHaveURL(/[?&]at=/);
});

test('play advances a month at a time and stops at the last month', async ({ page }) => {
  await page.clock.install();
  await page.goto('/?at=2028-09');
  await hydrated(page);
  // Time stands still but for runFor: on a busy machine the real seconds between two checks would play months too.
  await page.clock.pauseAt(Date.now() + 1000);
  const button = control(page).locator('[data-play]');
  await button.click();
  await expect(button).toHaveText('Pause');
  await page.clock.runFor(300);
  await expect(page).toHaveURL(/at=2028-10/);
  await page.clock.runFor(300);
  await expect(page).toHaveURL(/at=2028-11/);
  await page.clock.runFor(300);
  await expect(page).toHaveURL(/at=2028-12/);
  await expect(button).toHaveText('Play');
  await page.clock.runFor(3000);
  await expect(page).toHaveURL(/at=2028-12/);
});

test('with reduced motion nothing plays: each press is one month', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.clock.install();
  await page.goto('/?at=2025-06');
  await hydrated(page);
  const button = control(page).locator('[data-play]');
  await expect(button).toHaveText('Next month');
  await button.click();
  await expect(page).toHaveURL(/at=2025-07/);
  await page.clock.runFor(5000);
  await expect(page).toHaveURL(/at=2025-07/);
  await expect(button).toHaveText('Next month');
});

test('plans against delivery: the machines whose plans moved, each slip with its sources; the factory page lists the history', async ({ page }) => {
  const model = plansModel(viewFromParams(data, {}));
  const moved = model.rows.filter((r) => r.slipMonths > 0);
  for (const id of ['ai2f-alice-recoque', 'it4lia-new', 'nlaif-new']) expect(moved.map((r) => r.id)).toContain(id);
  await page.goto('/');
  const section = page.locator('#plans');
  await section.scrollIntoViewIfNeeded();
  for (const row of moved) {
    const item = section.locator(`[data-plan-row="${row.id}"]`);
    await expect(item).toHaveAttribute('data-slip', String(row.slipMonths));
    await expect(item).toContainText(row.atLeast ? `at least ${row.slipMonths} months late` : `${row.slipMonths} month`);
    // Every announcement links its sources.
    const links = await item.locator('a[data-source]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.sort()).toEqual(row.plans.flatMap((p) => p.sources.map((s) => s.url)).sort());
    expect(links.length).toBeGreaterThan(0);
  }
  await expect(page.getByTestId('plans-takeaway')).toContainText('Largest slip: AI2F (Alice Recoque)');

  await page.goto('/factories/ai2f');
  const history = page.getByTestId('plan-history');
  await expect(history.getByRole('heading', { name: 'Plan history' })).toBeVisible();
  const ai2f = model.rows.find((r) => r.id === 'ai2f-alice-recoque')!;
  await expect(history.locator('[data-plan-row="ai2f-alice-recoque"] a[data-source]')).toHaveCount(ai2f.plans.flatMap((p) => p.sources).length);
});

test('the CSV of a month says so in its name and holds that month’s factories; Share keeps the month', async ({ page, baseURL }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?at=2025-06');
  await hydrated(page);
  const { name, bytes } = await download(page, () => page.getByRole('button', { name: 'Download CSV' }).click());
  expect(name).toBe(`ai-factories-${data.asOf}-as-of-2025-06-view.csv`);
  expect(parseCsv(bytes)).toHaveLength(june.factories.length);

  const share = page.locator('#funding [data-share]');
  await share.locator('summary').click();
  await share.getByRole('button', { name: 'Copy link' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/?at=2025-06#funding`);
  await share.getByRole('button', { name: 'Copy embed code' }).click();
  // The embed's theme follows the month (light by default, as Share offers it).
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`src="${baseURL}/embed/funding?at=2025-06&amp;theme=light"`);
});

test('an embed shows the control only when its URL asks for it', async ({ page }) => {
  await page.goto('/embed/kpis?at=2025-06');
  await expect(page.locator('[data-kpi="AI Factories"]')).toHaveText(String(june.factories.length));
  await expect(control(page)).toHaveCount(0);
  await page.goto('/embed/kpis?at=2025-06&slider=1');
  await expect(month(page)).toHaveText('June 2025');
  await slider(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/at=2025-07/);
});

test('the growth slide plays the network month by month, and shows the last month at once with reduced motion', async ({ page }) => {
  await page.clock.install();
  await page.goto('/present?slides=growth&at=2025-06');
  const shown = page.locator('[data-growth-month]');
  // A month per 300 ms; React renders each between the ticks, so the test moves the clock one tick at a time.
  for (const month of monthsOf({ first: span.first, last: '2025-06' })) {
    await expect(shown).toHaveAttribute('data-growth-month', month);
    await page.clock.runFor(300);
  }
  await page.clock.runFor(3000);
  await expect(shown).toHaveAttribute('data-growth-month', '2025-06');
  await expect(page.getByTestId('slide-takeaway')).toHaveText(new RegExp(`^As of June 2025: ${june.factories.length} AI Factories in ${new Set(june.factories.map((f) => f.country)).size} host countries`));

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/present?slides=growth&at=2025-06');
  await expect(shown).toHaveAttribute('data-growth-month', '2025-06');
});
