// What the money buys, and whether anyone can use it yet: the compute figure never draws a machine without a figure as
// zero, the H100-equivalent never shows without the word "estimate" and a link to its method, the finder's "now" puts
// a factory serving users first and says so, and a factory page answers whether it serves users now.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const data = JSON.parse(readFileSync('data/ai-factories.json', 'utf8')) as {
  factories: { id: string; serving: { status: string }; machines: { id: string; accelerators: { count: number | null }[]; aiPerformance: unknown[]; hpl: unknown }[] }[];
};
/** The word "estimate" in each language the scan visits, from the messages the pages say. */
const estimateWord = (locale: string) => (JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as { compute: { estimate: string } }).compute.estimate;

/** Every estimate on the page sits in a scope that says "estimate" and links to the method; returns how many. */
async function estimatesAreMarked(page: Page, word: string): Promise<number> {
  const problems = await page.locator('[data-estimate]').evaluateAll(
    (els, w) =>
      els.flatMap((el) => {
        const scope = el.closest('[data-estimate-scope]');
        if (!scope) return [`no scope: ${el.textContent}`];
        const link = [...scope.querySelectorAll('a')].find((a) => /\/about#h100-equivalents$/.test(a.getAttribute('href') ?? ''));
        if (!link) return [`no link to the method: ${el.textContent}`];
        if (!scope.textContent!.toLowerCase().includes(w.toLowerCase())) return [`no "${w}": ${scope.textContent}`];
        return [];
      }),
    word,
  );
  expect(problems).toEqual([]);
  return page.locator('[data-estimate]').count();
}

/** Text naming the unit ("H100") anywhere outside an estimate's scope. */
function unitOutsideScope(page: Page) {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const loose: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if (/H100/.test(n.textContent ?? '') && !n.parentElement?.closest('[data-estimate-scope], script, style')) loose.push(n.textContent!.trim());
    return loose;
  });
}

const SCANNED = [
  { path: '/', locale: 'en', ready: '[data-kpi="AI Factories"]' },
  { path: '/embed/compute', locale: 'en', ready: '[data-testid="compute-bars"]' },
  { path: '/embed/kpis', locale: 'en', ready: '[data-kpi="compute now"]' },
  { path: '/present?slides=compute', locale: 'en', ready: '[data-testid="compute-bars"]' },
  { path: '/present?slides=kpis', locale: 'en', ready: '[data-kpi-value="compute now"]' },
  { path: '/pl/', locale: 'pl', ready: '[data-kpi="AI Factories"]' },
  { path: '/de/embed/compute', locale: 'de', ready: '[data-testid="compute-bars"]' },
  { path: '/compare?ids=jaif,it4lia,lumi-aif', locale: 'en', ready: '[data-row="estimate"] [data-estimate]' },
];

for (const { path, locale, ready } of SCANNED)
  test(`${path}: every H100-equivalent says "${estimateWord(locale)}" and links to the method`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator(ready).first()).toBeAttached();
    expect(await estimatesAreMarked(page, estimateWord(locale))).toBeGreaterThan(0);
    expect(await unitOutsideScope(page)).toEqual([]);
  });

test('factory pages mark their estimate too, in English and German', async ({ page }) => {
  for (const [path, locale] of [
    ['/factories/it4lia', 'en'],
    ['/de/factories/it4lia', 'de'],
  ] as const) {
    await page.goto(path);
    expect(await estimatesAreMarked(page, estimateWord(locale))).toBeGreaterThan(0);
  }
  await page.goto('/about');
  await expect(page.locator('#h100-equivalents')).toBeVisible();
});

test('a machine without any capacity figure reads "capacity not disclosed" and has no bar', async ({ page }) => {
  const blank = data.factories.flatMap((f) => f.machines).find((m) => !m.accelerators.some((a) => a.count !== null) && !m.aiPerformance.length && !m.hpl)!;
  expect(blank).toBeDefined();
  for (const path of ['/embed/compute', '/']) {
    await page.goto(path);
    const row = page.locator(`[data-testid="compute-bars"] li[data-machine="${blank.id}"]`);
    await expect(row).toContainText('capacity not disclosed');
    await expect(row.locator('[data-estimate]')).toHaveCount(0);
    // No fill at all: the bar's element carries the status; the row alone does.
    await expect(row.locator('[data-status]')).toHaveCount(0);
  }
  // And the bars that are drawn have a width: an estimate is never a zero-width bar.
  const widths = await page.locator('[data-testid="compute-bars"] [data-status]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
  expect(widths.length).toBeGreaterThan(0);
  expect(Math.min(...widths)).toBeGreaterThan(2);
});

test('the finder with "now" ranks a factory serving users above one whose services have no date, and says so', async ({ page }) => {
  const serving = new Set(data.factories.filter((f) => f.serving.status === 'serving').map((f) => f.id));
  expect(serving.size).toBeGreaterThan(0);
  // The Lithuanian founder: their own country's factory first without a time, a serving one first with "now".
  await page.goto('/find?country=LT&sector=health');
  const items = page.getByRole('region', { name: 'Your matches' }).locator('ol > li');
  await expect(items.first().getByRole('link').first()).toHaveAttribute('href', '/factories/litai');
  await expect(items.first().locator('[data-kind="serving"]')).toHaveCount(0);

  await page.goto('/find?country=LT&sector=health&when=now');
  const first = items.first();
  await expect(first).toHaveAttribute('data-readiness', 'now');
  await expect(first.locator('[data-kind="serving"]')).toContainText('Serving users now, on: ');
  const litai = items.filter({ has: page.locator('a[href="/factories/litai"]') });
  await expect(litai).toHaveAttribute('data-readiness', 'undated');
  await expect(litai.locator('[data-kind="serving"]')).toHaveText('Sources do not say it serves users yet; no date for its services');
  const order = await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-readiness')));
  expect(order.indexOf('undated')).toBeGreaterThan(order.lastIndexOf('now'));
});

test('a factory page says first whether it serves users now, on what and since when', async ({ page }) => {
  await page.goto('/factories/lumi-aif');
  await expect(page.getByTestId('serving-answer')).toHaveAttribute('data-serving', 'serving');
  await expect(page.getByTestId('serving-answer')).toContainText('Serving users now, on LUMI, since March 2025.');
  await page.goto('/factories/litai');
  await expect(page.getByTestId('serving-answer')).toHaveAttribute('data-serving', 'not-stated');
  await expect(page.getByTestId('serving-answer')).toContainText('Sources do not say it serves users yet.');
  await page.goto('/pl/factories/lumi-aif');
  await expect(page.getByTestId('serving-answer')).toContainText('Obsługuje użytkowników już teraz, na: LUMI');
});
