// Embeds: each /embed/<view> framed by a page on another origin renders, posts its height (and again
// when its size changes), follows the filters, stays clean in the console and passes axe; embed.js sizes the iframe
// and nothing else; links open outside the frame. Framing rules on both servers: framing.spec.ts.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Frame, type Page } from '@playwright/test';
import { EMBED_VIEWS, FILTER_EMBED_VIEWS, HEIGHT_MESSAGE } from '../lib/url/embed';
import { PLAIN_HTML, test } from './embed-parent';
import { readDataset } from './helpers';
import { frameHeight, heights, messages } from './embed-messages';

const data = readDataset();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

function consoleErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

// The comparison follows its factories, not the filters: e2e/compare.spec.ts frames it.
for (const view of FILTER_EMBED_VIEWS) {
  test(`/embed/${view} framed by another origin: renders, posts its height, is resized, follows ?wave=2`, async ({ page, parent, baseURL }) => {
    const errors = consoleErrors(page);
    await page.setViewportSize({ width: 800, height: 700 });
    await page.goto(`${parent}/?src=${encodeURIComponent(`/embed/${view}?wave=2`)}`);
    const frame = page.frameLocator('#embed');
    await expect(frame.locator('h1')).toBeVisible();
    await expect(frame.getByText('Filtered: wave 2')).toBeVisible();
    await expect(frame.getByRole('link', { name: 'Open in the full dashboard' })).toHaveAttribute('href', /^\/\?wave=2#/);
    await expect(frame.getByText(/data as of/)).toBeVisible();

    await expect.poll(async () => (await heights(page)).length).toBeGreaterThan(0);
    const last = (await heights(page)).at(-1)!;
    expect(last.origin).toBe(baseURL);
    expect(last.data.view).toBe(view);
    expect(last.data.height).toBeGreaterThan(150);
    expect(last.data.height).toBeLessThan(8000);
    // embed.js gave the iframe the height the page asked for: no inner scrollbar, no gap.
    await expect.poll(() => frameHeight(page)).toBe(Math.ceil((await heights(page)).at(-1)!.data.height!));
    const inner = await frame.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight);
    expect(inner).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
  });
}

for (const view of EMBED_VIEWS) {
  test(`/embed/${view} at 300 px: no sideways scroll, axe clean (best practices included), light and dark`, async ({ page }) => {
    const errors = consoleErrors(page);
    await page.setViewportSize({ width: 300, height: 600 });
    for (const theme of ['light', 'dark']) {
      await page.goto(`/embed/${view}?wave=2&theme=${theme}`);
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
  await page.goto('/embed/funding?wave=2');
  await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  const table = page.getByTestId('funding-table');
  await expect(table.locator('tbody tr')).toHaveCount(data.factories.filter((f) => f.wave === 2).length);
  for (const f of first) await expect(table.getByText(f.name, { exact: true })).toHaveCount(0);
});

/** Waits until embed.js has sized the frame to the embed's last posted height, and returns that height. */
async function sized(page: Page): Promise<number> {
  await expect.poll(async () => (await heights(page)).length).toBeGreaterThan(0);
  await expect.poll(async () => (await frameHeight(page)) === Math.ceil((await heights(page)).at(-1)!.data.height!)).toBe(true);
  return frameHeight(page);
}

/** Posts a forged height of 5000 px from `frame` to the page, and waits until the page has received it. */
async function forge(page: Page, frame: Frame) {
  await frame.evaluate((type) => parent.postMessage({ type, view: 'kpis', height: 5000 }, '*'), HEIGHT_MESSAGE);
  // The page's recorder and embed.js listen to the same event: once the one has it, the other has seen it.
  await expect.poll(async () => (await messages(page)).some((m) => m.data?.height === 5000)).toBe(true);
}

test('an embed posts its height again when its size changes, and embed.js follows', async ({ page, parent }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(`${parent}/?src=${encodeURIComponent('/embed/sectors')}`);
  const wide = await sized(page);
  const posted = (await heights(page)).length;
  // Narrower, the labels wrap and the embed grows taller: only a new message can tell the parent.
  await page.setViewportSize({ width: 360, height: 700 });
  await expect.poll(async () => (await heights(page)).length).toBeGreaterThan(posted);
  const narrow = await sized(page);
  expect(narrow).toBeGreaterThan(wide);
});

test('embed.js ignores a height posted by the page itself', async ({ page, parent }) => {
  await page.goto(`${parent}/?src=${encodeURIComponent('/embed/kpis')}`);
  const before = await sized(page);
  await forge(page, page.mainFrame());
  expect(await frameHeight(page)).toBe(before);
});

test('embed.js ignores a height from the embed’s frame once it shows another origin', async ({ page, parent }) => {
  await page.goto(`${parent}/?src=${encodeURIComponent('/embed/kpis')}`);
  const before = await sized(page);
  // The same iframe (so the same event.source), now on the parent's origin instead of the embed's.
  const frame = page.frame({ url: /\/embed\/kpis/ })!;
  await frame.goto(`${parent}/other`);
  await forge(page, frame);
  expect((await messages(page)).find((m) => m.data?.height === 5000)?.origin).toBe(parent);
  expect(await frameHeight(page)).toBe(before);
});

test('embed.js ignores a height from a frame of the embed’s origin that shows no embed', async ({ page, parent, baseURL }) => {
  // Our pages outside /embed/ refuse to be framed; a page of the same origin that posts anyway stands in for one,
  // beside a real embed, which must not take the height either.
  await page.route(`${baseURL}/about`, (route) => route.fulfill({ contentType: 'text/html', body: PLAIN_HTML }));
  const code = `<iframe id="embed" src="${baseURL}/embed/kpis" title="Key figures" width="100%" height="150" style="border:0"></iframe>
<iframe id="other" src="${baseURL}/about" title="Another page" width="100%" height="150" style="border:0"></iframe>
<script src="${baseURL}/embed.js" async></script>`;
  await page.goto(`${parent}/?code=${encodeURIComponent(code)}`);
  const before = await sized(page);
  await forge(page, page.frame({ url: /\/about$/ })!);
  expect((await messages(page)).find((m) => m.data?.height === 5000)?.origin).toBe(baseURL);
  expect(await frameHeight(page)).toBe(before);
  expect(await page.locator('#other').evaluate((f) => (f as HTMLIFrameElement).style.height)).toBe('');
});

test('a link inside an embed opens in a new tab and leaves the article as it is', async ({ page, parent, baseURL }) => {
  await page.goto(`${parent}/?src=${encodeURIComponent('/embed/table?wave=2')}`);
  const frame = page.frameLocator('#embed');
  const factory = data.factories.find((f) => f.wave === 2)!;
  // A client-side link (Next's Link): the one that would navigate inside the frame if left alone.
  const link = frame.getByTestId('factory-table').getByRole('link', { name: factory.name, exact: true });
  const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  await expect(tab).toHaveURL(`${baseURL}/factories/${factory.id}`);
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText(factory.name);
  expect(page.frame({ url: /\/embed\/table/ })).not.toBeNull();
  await expect(frame.locator('h1')).toBeVisible();

  const [dashboard] = await Promise.all([page.context().waitForEvent('page'), frame.getByRole('link', { name: 'Open in the full dashboard' }).click()]);
  await expect(dashboard).toHaveURL(`${baseURL}/?wave=2#all-factories`);
});

test.describe('Share control', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('funding: copies a link that reopens the same filters, and an embed code whose iframe loads', async ({ page, parent, baseURL }) => {
    const wave2 = data.factories.filter((f) => f.wave === 2);
    await page.goto('/?wave=2');
    await expect(page.locator('[data-hydrated]')).toBeVisible();
    const share = page.locator('#funding [data-share]');
    await share.locator('summary').click();
    const status = share.getByRole('status');

    await share.getByRole('button', { name: 'Copy link' }).click();
    await expect(status).toHaveText('Link copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${baseURL}/?wave=2#funding`);

    await share.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(status).toHaveText(/^Embed code copied/);
    const code = await page.evaluate(() => navigator.clipboard.readText());
    // Light by default: an article's page is usually white, whatever the reader's system says.
    expect(code).toContain(`src="${baseURL}/embed/funding?wave=2&amp;theme=light"`);
    expect(code).toContain('title="Announced investment per EU AI Factory"');
    expect(code).toContain('loading="lazy"');
    expect(code).toContain(`<script src="${baseURL}/embed.js" async></script>`);

    // The reader's own scheme, or dark, on request; and the note on previewing from a file sits beside the code.
    await share.getByRole('radio', { name: 'Follow the reader’s system' }).check();
    await expect(share.getByRole('textbox', { name: 'Embed code' })).toHaveValue(new RegExp(`src="${baseURL}/embed/funding\\?wave=2"`));
    await share.getByRole('radio', { name: 'Dark' }).check();
    await expect(share.getByRole('textbox', { name: 'Embed code' })).toHaveValue(/theme=dark"/);
    await expect(share.getByText(/^Opened from a file on your computer/)).toBeVisible();
    await share.getByRole('radio', { name: 'Light' }).check();

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
    await page.goto(`${parent}/?code=${encodeURIComponent(code)}`);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('h1')).toHaveText('Announced investment per EU AI Factory');
    await expect(frame.getByText('Filtered: wave 2')).toBeVisible();
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect.poll(() => page.locator('iframe').evaluate((f) => (f as HTMLIFrameElement).style.height)).toMatch(/^\d+px$/);
  });
});
