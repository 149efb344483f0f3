// Print: / and a factory page printed to PDF by Chromium: no control shows, every factory is named,
// no chart is cut by a page break. The PDF's text comes from poppler's pdftotext and pdfinfo, installed before the
// run by scripts/ensure-system-packages.sh (pretest:e2e).
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { LAZY_CHARTS, mountCharts, readDataset } from './helpers';
import { bands, findPhrase, rasterise, rgbOf, words } from './pdf';

const data = readDataset();
const factory = data.factories[0]!;
/** A4 portrait less the 12 mm margins of app/(site)/print.css, in CSS pixels (96 per inch). */
const PAGE = { width: Math.floor(((210 - 24) / 25.4) * 96), height: Math.floor(((297 - 24) / 25.4) * 96) };

/** The series colours as paper prints them (print.css forces the light scheme), from the one place that defines them. */
const PALETTE = [...readFileSync('app/globals.css', 'utf8').matchAll(/--c-[\w-]+: light-dark\((#[0-9a-f]{6}),/g)].map(([, hex]) => rgbOf(hex!));

const A4 = /Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/;

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/**
 * Records, at the moment the page is laid out for print (afterprint: Chromium has made the pages by then), which of
 * the charts that mount on sight were mounted.
 */
async function watchPrint(page: Page) {
  await page.evaluate((ids) => {
    addEventListener('afterprint', () => {
      const state = (id: string) => ({ id, mounted: document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-ready') === 'true' });
      (window as unknown as { printed: unknown }).printed = ids.map(state);
    });
  }, LAZY_CHARTS);
  return () => page.evaluate(() => (window as unknown as { printed?: { id: string; mounted: boolean }[] }).printed);
}

/**
 * Each bar chart as the browser lays it out for paper (print media at the paper's width): its title and how many
 * of its rows have a bar to draw (a figure not disclosed has none). Counted from the HTML drawing's
 * structure, so a print stylesheet that hides the bars still expects them.
 */
async function paperCharts(page: Page) {
  await page.setViewportSize(PAGE);
  await page.emulateMedia({ media: 'print' });
  const charts = await page.locator('[data-chart]:has(li[data-bar])').evaluateAll((boxes) =>
    boxes.map((box) => ({
      title: box.querySelector('h3')?.textContent?.trim() ?? '',
      bars: [...box.querySelectorAll('li[data-bar]')].filter((li) => li.getClientRects().length > 0 && li.querySelector('[style*="width"]')).length,
    })),
  );
  await page.emulateMedia({ media: 'screen' });
  return charts;
}

/**
 * On the rasterised PDF, under each chart's title and down to the next chart's or the page's end (a chart is never
 * split across pages): one band of palette colour
 * per bar, each a bar's height, the longest reaching across a good part of the page. Checked on the pixels, so a
 * print stylesheet that leaves a chart blank, or its bars without length, fails here whatever the DOM holds.
 */
function expectInkedCharts(file: string, charts: { title: string; bars: number }[]) {
  const pages = rasterise(file);
  const all = words(file);
  expect(charts.length).toBeGreaterThanOrEqual(4);
  for (const chart of charts) {
    expect(chart.bars, chart.title).toBeGreaterThanOrEqual(3);
    const title = findPhrase(all, chart.title);
    expect(title, `${chart.title} is printed`).toBeDefined();
    const page = pages[title!.page]!;
    const next = charts.map((c) => findPhrase(all, c.title)).filter((t) => t && t.page === title!.page && t.y > title!.y);
    const drawn = bands(page, title!.bottom, Math.min(page.height, ...next.map((t) => t!.y)), PALETTE).filter((b) => b.height >= 4);
    expect(drawn.length, `${chart.title}: bars printed in colour`).toBeGreaterThanOrEqual(chart.bars);
    expect(Math.max(0, ...drawn.map((b) => b.length)), `${chart.title}: its longest bar, in points`).toBeGreaterThan(page.width * 0.25);
  }
}

/** Under print media at the paper's width: what a reader could take for a control, and every chart block's box. */
async function printLayout(page: Page) {
  await page.setViewportSize(PAGE);
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    const shown = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
    };
    // Column headers are buttons on screen (sorting); printed they are the headers' text.
    const controls = [...document.querySelectorAll('button, input, select, textarea, summary, [role="tooltip"], [data-print="hide"]')]
      .filter((e) => !e.closest('th'))
      .filter(shown)
      .map((e) => e.outerHTML.slice(0, 120));
    const charts = [...document.querySelectorAll('[data-chart]')].map((e) => ({
      id: e.id || e.getAttribute('data-testid') || e.tagName,
      breakInside: getComputedStyle(e).breakInside,
      height: e.getBoundingClientRect().height,
    }));
    return { controls, charts, scrollWidth: document.documentElement.scrollWidth };
  });
}

test('a print straight after load mounts every chart that mounts on sight (beforeprint)', async ({ page }, info) => {
  await page.goto('/?wave=1,2,3');
  await expect(page.locator('[data-hydrated]')).toBeVisible();
  // Nothing scrolled: the charts far below the fold are not mounted yet.
  const unmounted = await page.evaluate((ids) => ids.filter((id) => !document.querySelector(`[data-testid="${id}"][data-ready]`)), LAZY_CHARTS);
  expect(unmounted.length).toBeGreaterThanOrEqual(2);
  const printed = await watchPrint(page);
  await page.pdf({ path: info.outputPath('cold.pdf'), preferCSSPageSize: true, printBackground: true });
  expect(await printed()).toEqual(LAZY_CHARTS.map((id) => expect.objectContaining({ id, mounted: true })));
});

test('a print straight after load draws every bar of every chart on the paper (the HTML drawing of the same model)', async ({ page }, info) => {
  await page.goto('/?wave=1,2,3');
  await expect(page.locator('[data-hydrated]')).toBeVisible();
  const printed = await watchPrint(page);
  const file = info.outputPath('cold.pdf');
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  expect(await printed()).toEqual(LAZY_CHARTS.map((id) => ({ id, mounted: true })));
  expectInkedCharts(file, await paperCharts(page));
});

test('/ prints to A4: no control, every factory named, no chart across a page break, the view’s address at the end', async ({ page }, info) => {
  test.setTimeout(90_000);
  // Every wave, so every factory is shown; an unknown sector is dropped, not printed.
  await page.goto('/?wave=1,2,3&sector=cooking');
  await expect(page.locator('[data-hydrated]')).toBeVisible();
  // Mounted as a reader who scrolled down would have them: paper still gets each chart's HTML bars.
  await mountCharts(page);
  await expect(page.getByTestId('print-line')).toHaveText(/^Printed from http:/);
  const file = info.outputPath('dashboard.pdf');
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(A4);
  expectInkedCharts(file, await paperCharts(page));
  const text = pdfText(file);
  for (const f of data.factories) expect(text, f.name).toContain(f.name);
  expect(text).not.toContain('cooking');
  for (const control of ['Skip to content', 'Screen mode', 'Reset', 'SVG', 'PNG', 'Share', 'Download this view']) expect(text).not.toContain(control);
  expect(text).toMatch(/Printed from http:\/\/127\.0\.0\.1:\d+\/\?wave=1,2,3 · data as of \d{1,2} \w+ \d{4}/);

  const layout = await printLayout(page);
  expect(layout.controls).toEqual([]);
  expect(layout.scrollWidth).toBeLessThanOrEqual(PAGE.width);
  expect(layout.charts.length).toBeGreaterThanOrEqual(6);
  for (const chart of layout.charts) {
    expect(chart.breakInside, chart.id).toBe('avoid');
    expect(chart.height, chart.id).toBeLessThanOrEqual(PAGE.height);
  }
});

test('a factory page prints to A4 portrait with no control', async ({ page }, info) => {
  await page.goto(`/factories/${factory.id}`);
  await expect(page.getByTestId('print-line')).toHaveText(/^Printed from http:/);
  const file = info.outputPath('factory.pdf');
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(A4);
  const text = pdfText(file);
  expect(text).toContain(factory.name);
  expect(text).toContain(factory.host);
  for (const control of ['Skip to content', 'Screen mode']) expect(text).not.toContain(control);
  expect(text).toContain(`Printed from http://127.0.0.1:${new URL(page.url()).port}/factories/${factory.id} · data as of`);
  const layout = await printLayout(page);
  expect(layout.controls).toEqual([]);
  expect(layout.scrollWidth).toBeLessThanOrEqual(PAGE.width);
});

test('a comparison prints to A4 portrait: every column on the page, no control, its address at the end', async ({ page }, info) => {
  const ids = data.factories.slice(0, 4).map((f) => f.id);
  await page.goto(`/compare?ids=${ids.join(',')}`);
  await expect(page.getByTestId('print-line')).toHaveText(/^Printed from http:/);
  const file = info.outputPath('compare.pdf');
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(A4);
  const text = pdfText(file);
  for (const f of data.factories.slice(0, 4)) expect(text).toContain(f.name);
  for (const control of ['Download this comparison', 'Change the factories']) expect(text).not.toContain(control);
  expect(text).toContain(`/compare?ids=${ids.join(',')} · data as of`);
  const layout = await printLayout(page);
  expect(layout.controls).toEqual([]);
  expect(layout.scrollWidth).toBeLessThanOrEqual(PAGE.width);
});
