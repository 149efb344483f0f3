// Embeds: each /embed/<view> framed by a page on another origin renders, posts its height, follows the
// filters, stays clean in the console and passes axe; / refuses that frame; embed.js sizes the iframe.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import { EMBED_VIEWS, HEIGHT_MESSAGE } from '../lib/url/embed';
import { APP, PARENT, startParent } from './embed-parent';
import { readDataset } from './helpers';

const data = readDataset();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

// One parent server on a fixed port: the file runs in one worker, in order (a failure restarts the worker).
test.describe.configure({ mode: 'default' });
let parent: Server;
test.beforeAll(async () => {
  parent = await startParent();
});
test.afterAll(() => new Promise<void>((resolve) => parent.close(() => resolve())));

interface Message {
  origin: string;
  data: { type?: string; view?: string; height?: number };
}

const messages = (page: Page) => page.evaluate(() => (window as unknown as { messages: Message[] }).messages);

function consoleErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

for (const view of EMBED_VIEWS) {
  test(`/embed/${view} framed by another origin: renders, posts its height, is resized, follows ?wave=2`, async ({ page }) => {
    const errors = consoleErrors(page);
    await page.setViewportSize({ width: 800, height: 700 });
    await page.goto(`${PARENT}/?src=${encodeURIComponent(`/embed/${view}?wave=2`)}`);
    const frame = page.frameLocator('#embed');
    await expect(frame.locator('h1')).toBeVisible();
    await expect(frame.getByText('Filtered: wave 2')).toBeVisible();
    await expect(frame.getByRole('link', { name: 'Open in the full dashboard' })).toHaveAttribute('href', /^\/\?wave=2#/);
    await expect(frame.getByText(/data as of/)).toBeVisible();

    await expect.poll(async () => (await messages(page)).filter((m) => m.data?.type === HEIGHT_MESSAGE).length).toBeGreaterThan(0);
    const posted = (await messages(page)).filter((m) => m.data?.type === HEIGHT_MESSAGE);
    const last = posted.at(-1)!;
    expect(last.origin).toBe(APP);
    expect(last.data.view).toBe(view);
    expect(last.data.height).toBeGreaterThan(150);
    expect(last.data.height).toBeLessThan(8000);
    // embed.js gave the iframe the height the page asked for: no inner scrollbar, no gap.
    await expect.poll(() => page.locator('#embed').evaluate((f) => Math.round(f.getBoundingClientRect().height))).toBe(
      Math.ceil((await messages(page)).filter((m) => m.data?.type === HEIGHT_MESSAGE).at(-1)!.data.height!),
    );
    const inner = await frame.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight);
    expect(inner).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
  });

  test(`/embed/${view} at 300 px: no sideways scroll, axe clean (best practices included), light and dark`, async ({ page }) => {
    const errors = consoleErrors(page);
    await page.setViewportSize({ width: 300, height: 600 });
    for (const theme of ['light', 'dark']) {
      await page.goto(`${APP}/embed/${view}?wave=2&theme=${theme}`);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
      await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const { violations, passes } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(passes.map((p) => p.id)).toContain('color-contrast');
      expect(violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${view} ${theme}`).toEqual([]);
    }
    expect(errors).toEqual([]);
  });
}

test('the embeds follow the filters: ?wave=2 leaves out the first wave’s factories', async ({ page }) => {
  const first = data.factories.filter((f) => f.wave === 1);
  await page.goto(`${APP}/embed/funding?wave=2`);
  await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  const table = page.getByTestId('funding-table');
  await expect(table.locator('tbody tr')).toHaveCount(data.factories.filter((f) => f.wave === 2).length);
  for (const f of first) await expect(table.getByText(f.name, { exact: true })).toHaveCount(0);
});

test('/ refuses to be framed by another origin; /embed/* may be', async ({ page, request }) => {
  const refused = page.waitForEvent('console', (m) => m.type() === 'error' && /frame-ancestors/.test(m.text()));
  await page.goto(`${PARENT}/?src=${encodeURIComponent('/')}`);
  await refused;
  // Chromium shows its error page in the frame instead of the dashboard.
  await expect.poll(() => page.frames().map((f) => f.url())).toContain('chrome-error://chromewebdata/');
  await expect(page.frameLocator('#embed').getByText('Europe’s AI Factories')).toHaveCount(0);

  const embed = await request.get(`${APP}/embed/map`);
  const csps = embed.headersArray().filter((h) => h.name.toLowerCase() === 'content-security-policy');
  expect(csps).toHaveLength(1);
  expect(csps[0]!.value).toMatch(/frame-ancestors \*(;|$)/);
  const home = await request.get(`${APP}/`);
  const homeCsps = home.headersArray().filter((h) => h.name.toLowerCase() === 'content-security-policy');
  expect(homeCsps).toHaveLength(1);
  expect(homeCsps[0]!.value).not.toMatch(/frame-ancestors \*/);
});

test('embed.js ignores height messages from another origin', async ({ page }) => {
  await page.goto(`${PARENT}/?src=${encodeURIComponent('/embed/kpis')}`);
  await expect.poll(async () => (await messages(page)).length).toBeGreaterThan(0);
  const before = await page.locator('#embed').evaluate((f) => f.style.height);
  // The parent page itself (another origin than the iframe's) posts a forged height.
  await page.evaluate((type) => window.postMessage({ type, view: 'kpis', height: 5000 }, '*'), HEIGHT_MESSAGE);
  await page.waitForTimeout(200);
  expect(await page.locator('#embed').evaluate((f) => f.style.height)).toBe(before);
});

test.describe('Share control', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('funding: copies a link that reopens the same filters, and an embed code whose iframe loads', async ({ page }) => {
    const wave2 = data.factories.filter((f) => f.wave === 2);
    await page.goto(`${APP}/?wave=2`);
    await expect(page.locator('[data-hydrated]')).toBeVisible();
    const share = page.locator('#funding [data-share]');
    await share.locator('summary').click();
    const status = share.getByRole('status');

    await share.getByRole('button', { name: 'Copy link' }).click();
    await expect(status).toHaveText('Link copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${APP}/?wave=2#funding`);

    await share.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(status).toHaveText(/^Embed code copied/);
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toContain(`src="${APP}/embed/funding?wave=2"`);
    expect(code).toContain('title="Announced investment per EU AI Factory"');
    expect(code).toContain('loading="lazy"');
    expect(code).toContain(`<script src="${APP}/embed.js" async></script>`);

    // Esc closes the panel and returns the focus to its button.
    await page.keyboard.press('Escape');
    await expect(share.locator('summary')).toBeFocused();
    await expect(share).not.toHaveAttribute('open');

    // The link reopens the same filters.
    await page.goto(link);
    await expect(page.locator('[data-hydrated]')).toBeVisible();
    await page.locator('#funding details summary', { hasText: 'Funding as a table' }).click();
    await expect(page.getByTestId('funding-table').locator('tbody tr')).toHaveCount(wave2.length);

    // The embed code, pasted into a page on another origin, loads and sizes itself.
    await page.goto(`${PARENT}/?code=${encodeURIComponent(code)}`);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('h1')).toHaveText('Announced investment per EU AI Factory');
    await expect(frame.getByText('Filtered: wave 2')).toBeVisible();
    await expect.poll(() => page.locator('iframe').evaluate((f) => (f as HTMLIFrameElement).style.height)).toMatch(/^\d+px$/);
  });
});
