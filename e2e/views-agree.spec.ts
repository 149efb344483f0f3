// One figure, one model: for the same filters, the dashboard's sections, their embeds and the screen-mode slides
// show the same figures and the same takeaway sentence, word for word, in English (one case in Polish, one in German).
// And the figures are the data's: the dashboard's bars and headline money are held to totals computed here from the JSON.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectedBars, expectedInvestment, shownFactories, shows, type Amount } from './data-totals';
import { LAZY_CHARTS, mountCharts } from './helpers';

const CASES = [
  { name: 'a wave', query: 'wave=2' },
  { name: 'a country hosting two factories, three sectors tied', query: 'country=ES' },
  { name: 'two sectors tied, one factory of three disclosing', query: 'country=PL' },
  { name: 'a single factory without sectors', query: 'q=lumi' },
  { name: 'the network as of June 2025', query: 'at=2025-06' },
  { name: 'a country with a machine estimated in H100-equivalents', query: 'country=IT', estimates: true },
];

/** The sections of the dashboard, the embed that shows each alone, its slide, and the dashboard chart whose bars both draw. */
const FIGURES = [
  { section: 'country-spread', embed: 'countries', slide: 'map' },
  { section: 'country-spread', embed: 'map', slide: 'map' },
  { section: 'sector-coverage', embed: 'sectors', slide: 'sectors', bars: 'sector-bars' },
  { section: 'funding', embed: 'funding', slide: 'funding', bars: 'funding-bars' },
  { section: 'timeline', embed: 'timeline', slide: 'timeline' },
  { section: 'plans', embed: 'plans', slide: 'plans' },
  { section: 'compute', embed: 'compute', slide: 'compute', machines: true },
];

const KPIS = ['AI Factories', 'AI Factory Antennas', 'host countries', 'participating countries', 'sectors covered', 'investment', 'compute now', 'compute coming'];

/** The compute figure's estimated machines: machine, status, estimate and stated figures, as drawn (a slide names the
 *  machines without an estimate in one line, so only the drawn bars compare). */
async function machineValues(page: Page, scope = 'body') {
  return page.locator(`${scope} [data-testid="compute-bars"] li[data-machine]:has([data-estimate])`).evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-machine')}: ${r.textContent}`));
}

async function kpiValues(page: Page, attribute: 'data-kpi' | 'data-kpi-value') {
  const values: Record<string, string> = {};
  for (const id of KPIS) values[id] = ((await page.locator(`[${attribute}="${id}"]`).first().textContent()) ?? '').trim();
  return values;
}

/** Each HTML bar's key and figure, in order (the dashboard's paper drawing, an embed's or a slide's bars). */
async function barValues(scope: Page | Locator) {
  return scope.locator('li[data-bar]').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-bar') ?? '', r.lastElementChild?.lastElementChild?.textContent ?? ''] as const));
}

/** The dashboard's bars and headline money against the totals from the data file. */
async function expectDataTotals(page: Page, query: string) {
  const expected = expectedBars(query);
  for (const id of LAZY_CHARTS) {
    const bars = await barValues(page.getByTestId(id));
    const wanted = expected[id]!;
    expect(bars.map(([key]) => key).sort(), `${id}: one bar per row of the data`).toEqual(Object.keys(wanted).sort());
    for (const [key, text] of bars) {
      const figure = wanted[key]!;
      if (typeof figure === 'number') expect(text, `${id} ${key}`).toBe(String(figure));
      else expect(shows(text, figure), `${id} ${key}: ${text} for ${JSON.stringify(figure)}`).toBe(true);
    }
  }
  // Never a pass on nothing: every case shows a factory, and so a funding bar and a wave bar.
  expect(Object.keys(expected['funding-bars']!).length).toBeGreaterThan(0);
  expect(Object.keys(expected['wave-bars']!).length).toBeGreaterThan(0);
  const investment: Amount = expectedInvestment(query);
  const shown = (await page.locator('[data-kpi="investment"]').first().textContent()) ?? '';
  expect(shows(shown, investment), `investment: ${shown} for ${JSON.stringify(investment)}`).toBe(true);
}

// Every case in English; in Polish, whose plurals have the most forms, the case with the most counts in its sentences;
// in German, a month ("Stand Juni 2025:" heads every takeaway) and the case whose compute figure draws an estimate.
const RUNS = [...CASES.map((c) => ({ prefix: '', ...c })), { prefix: '/pl', ...CASES[2]! }, { prefix: '/de', ...CASES[4]! }, { prefix: '/de', ...CASES[5]! }];

for (const { prefix, name, query, estimates } of RUNS)
  test(`${prefix || '/'} with ${name} (?${query}): dashboard, embeds and slides agree`, async ({ page }) => {
    // The pages filter in the browser: wait until they show the filtered count before reading anything.
    const shown = String(shownFactories(query).length);
    await page.goto(`${prefix}/?${query}`);
    await expect(page.locator('[data-kpi="AI Factories"]')).toHaveText(shown);
    await mountCharts(page);
    // The figures are read back as English numbers. The money as of a past month is held to hand-computed values in
    // lib/views/as-of.test.ts; here the month's counts are (shownFactories reads `at`).
    if (!prefix && !query.includes('at=')) await expectDataTotals(page, query);
    const dashboardBars: Record<string, (readonly [string, string])[]> = {};
    for (const { bars } of FIGURES) if (bars) dashboardBars[bars] = await barValues(page.getByTestId(bars));
    const takeaway: Record<string, string> = {};
    // textContent: a section far below the fold is not rendered yet (content-visibility), and innerText reads nothing there.
    for (const { section } of FIGURES) takeaway[section] = ((await page.getByTestId(`${section}-takeaway`).textContent()) ?? '').trim();
    const kpis = await kpiValues(page, 'data-kpi');
    const machines = await machineValues(page, '#compute');
    if (estimates) expect(machines.length).toBeGreaterThan(0);

    await page.goto(`${prefix}/embed/kpis?${query}`);
    await expect(page.locator('[data-kpi="AI Factories"]')).toHaveText(shown);
    expect(await kpiValues(page, 'data-kpi')).toEqual(kpis);
    await page.goto(`${prefix}/present?${query}&slides=kpis`);
    await expect(page.locator('[data-kpi-value="AI Factories"]')).toHaveText(shown);
    expect(await kpiValues(page, 'data-kpi-value')).toEqual(kpis);

    for (const { section, embed, slide, bars: drawsBars, machines: drawsMachines } of FIGURES) {
      await page.goto(`${prefix}/embed/${embed}?${query}`);
      await expect(page.getByTestId('embed-takeaway')).toHaveText(takeaway[section]!);
      // The dashboard, the embed and the slide draw the same bars, with the same figures.
      if (drawsBars) expect(await barValues(page)).toEqual(dashboardBars[drawsBars]);
      if (drawsMachines) expect(await machineValues(page)).toEqual(machines);
      await page.goto(`${prefix}/present?${query}&slides=${slide}`);
      await expect(page.getByTestId('slide-takeaway')).toHaveText(takeaway[section]!);
      if (drawsBars) expect(await barValues(page)).toEqual(dashboardBars[drawsBars]);
      if (drawsMachines) expect(await machineValues(page)).toEqual(machines);
    }
  });
