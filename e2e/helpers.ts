import { expect, type Download, type Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { readFileSync } from 'node:fs';

export interface FactoryRecord {
  id: string;
  name: string;
  acronym?: string;
  host: string;
  city: string;
  country: string;
  wave: number;
  sectors: string[];
  supercomputer: { name: string };
  funding: { totalEur: number | null; euEur: number | null; nationalEur: number | null };
}

export function readDataset(file = 'data/ai-factories.json') {
  return JSON.parse(readFileSync(file, 'utf8')) as { asOf: string; factories: FactoryRecord[]; antennas: { id: string }[] };
}

/**
 * Opens a page with its JavaScript held back, so a test can act on the server HTML alone; returns the function that
 * lets the scripts through.
 */
export async function openBeforeHydration(page: Page, url: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    await held;
    await route.continue();
  });
  // Not even DOMContentLoaded: the HTML parser waits for the held scripts.
  await page.goto(url, { waitUntil: 'commit' });
  return release;
}

/** Opens a page and waits until the table has hydrated, so clicks reach React. */
export async function openTable(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('[data-hydrated]')).toBeVisible();
  // As a reader would: the table sits below the fold, which the browser renders once it nears the viewport
  // (content-visibility: auto); until then innerText, which the column helpers read, is empty.
  await table(page).scrollIntoViewIfNeeded();
  await expect(table(page).locator('thead')).toHaveText(/\S/, { useInnerText: true });
}

export const table = (page: Page) => page.getByTestId('factory-table');

/** Row ids in the order the table shows them. */
export function rowIds(page: Page): Promise<string[]> {
  return table(page)
    .locator('tbody tr[data-id]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id') ?? ''));
}

export function columnTexts(page: Page, column: string): Promise<string[]> {
  return table(page)
    .locator(`tbody [data-column="${column}"]`)
    .allInnerTexts();
}

export function sortButton(page: Page, label: string) {
  return table(page).locator('thead').getByRole('button', { name: label, exact: true });
}

/** Clicks a control that downloads, and returns the file's bytes and suggested name. */
export async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer; download: Download }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path), download: file };
}

/** Parses a CSV file after checking and stripping its UTF-8 byte-order mark. */
export function parseCsv(bytes: Buffer) {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return csvParse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
}

/** The dashboard's charts that mount only on sight (components/charts/when-visible.tsx), by test id. */
export const LAZY_CHARTS = ['country-bars', 'sector-bars', 'funding-bars', 'wave-bars'];

/** Brings each lazily mounted chart of the dashboard into view, as a reader scrolling down would, and waits until it is drawn. */
export async function mountCharts(page: Page) {
  for (const id of LAZY_CHARTS) {
    const chart = page.getByTestId(id);
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute('data-ready', 'true');
    await expect(chart.locator('.recharts-surface')).toBeVisible();
  }
}

/**
 * Waits until React has hydrated the page (it tags each DOM node it adopts with a `__reactFiber…` key) and the
 * effects hydration starts have rendered (a frame, then a task): the moment after which a check that something did
 * not happen means it.
 */
export async function afterHydration(page: Page) {
  await expect
    .poll(() => page.evaluate(() => [...document.body.querySelectorAll('*')].some((e) => Object.keys(e).some((k) => k.startsWith('__reactFiber')))))
    .toBe(true);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
}
