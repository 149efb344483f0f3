// One figure, one model: for the same filters, the dashboard's sections, their embeds and the screen-mode slides
// show the same figures and the same takeaway sentence, word for word, in English (and one case in Polish).
import { expect, test, type Page } from '@playwright/test';
import { loadDataset } from '../lib/data/dataset';
import { viewFromParams } from '../lib/views/filtered';

const CASES = [
  { name: 'a wave', query: 'wave=2' },
  { name: 'a country hosting two factories, three sectors tied', query: 'country=ES' },
  { name: 'two sectors tied, one factory of three disclosing', query: 'country=PL' },
  { name: 'a single factory without sectors', query: 'q=lumi' },
  { name: 'a country with a machine estimated in H100-equivalents', query: 'country=IT', estimates: true },
];

/** The sections of the dashboard, the embed that shows each alone, its slide, and whether both draw its bars. */
const FIGURES = [
  { section: 'country-spread', embed: 'countries', slide: 'map' },
  { section: 'country-spread', embed: 'map', slide: 'map' },
  { section: 'sector-coverage', embed: 'sectors', slide: 'sectors', bars: true },
  { section: 'funding', embed: 'funding', slide: 'funding', bars: true },
  { section: 'compute', embed: 'compute', slide: 'compute', machines: true },
  { section: 'timeline', embed: 'timeline', slide: 'timeline' },
];

const KPIS = ['AI Factories', 'AI Factory Antennas', 'host countries', 'participating countries', 'sectors covered', 'compute now', 'compute coming'];

async function kpiValues(page: Page, attribute: 'data-kpi' | 'data-kpi-value') {
  const values: Record<string, string> = {};
  for (const id of KPIS) values[id] = ((await page.locator(`[${attribute}="${id}"]`).first().textContent()) ?? '').trim();
  return values;
}

/** The compute figure's estimated machines: machine, status, estimate and stated figures, as drawn (a slide names the
 *  machines without an estimate in one line, so only the drawn bars compare). */
async function machineValues(page: Page, scope = 'body') {
  return page.locator(`${scope} [data-testid="compute-bars"] li[data-machine]:has([data-estimate])`).evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-machine')}: ${r.textContent}`));
}

async function barValues(page: Page) {
  return page.locator('li[data-bar]').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-bar')}: ${r.textContent}`));
}

const data = loadDataset();

// Every case in English; in Polish, whose plurals have the most forms, the case with the most counts in its sentences.
// In German too, the case whose compute figure draws an estimate.
const RUNS = [...CASES.map((c) => ({ prefix: '', ...c })), { prefix: '/pl', ...CASES[2]! }, { prefix: '/de', ...CASES[4]! }];

for (const { prefix, name, query, estimates } of RUNS)
  test(`${prefix || '/'} with ${name} (?${query}): dashboard, embeds and slides agree`, async ({ page }) => {
    // The pages filter in the browser: wait until they show the filtered count before reading anything.
    const shown = String(viewFromParams(data, new URLSearchParams(query)).factories.length);
    await page.goto(`${prefix}/?${query}`);
    await expect(page.locator('[data-kpi="AI Factories"]')).toHaveText(shown);
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
      const bars = await barValues(page);
      // The compute figure is one drawing on all three surfaces: the same rows, word for word.
      if (drawsMachines) expect(await machineValues(page)).toEqual(machines);
      await page.goto(`${prefix}/present?${query}&slides=${slide}`);
      await expect(page.getByTestId('slide-takeaway')).toHaveText(takeaway[section]!);
      // The embed and the slide draw the same bars, with the same figures.
      if (drawsBars) expect(await barValues(page)).toEqual(bars);
      if (drawsMachines) expect(await machineValues(page)).toEqual(machines);
    }
  });
