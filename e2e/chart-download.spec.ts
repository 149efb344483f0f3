// Needs the dashboard's charts (each chart section places a <ChartDownload>): passes once they are on the page.
import { expect, test } from '@playwright/test';
import { download } from './helpers';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

test('a chart downloads as a PNG image', async ({ page }) => {
  await page.goto('/');
  const button = page.getByRole('button', { name: /^Download .* as PNG$/ }).first();
  await expect(button).toBeVisible();
  const file = await download(page, () => button.click());
  expect(file.name).toMatch(/^[a-z0-9-]+\.png$/);
  expect([...file.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(file.bytes.length).toBeGreaterThan(1000);
});

test('a chart downloads as a standalone SVG with its title and resolved colours', async ({ page }) => {
  await page.goto('/');
  const button = page.getByRole('button', { name: /^Download .* as SVG$/ }).first();
  await expect(button).toBeVisible();
  const title = (await button.getAttribute('aria-label'))!.replace(/^Download (.*) as SVG$/, '$1');
  const file = await download(page, () => button.click());
  expect(file.name).toMatch(/^[a-z0-9-]+\.svg$/);
  const text = file.bytes.toString('utf8');
  expect(text).not.toContain('var(--');
  const parsed = await page.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    return {
      error: doc.getElementsByTagName('parsererror').length > 0,
      root: doc.documentElement.localName,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
    };
  }, text);
  expect(parsed.error).toBe(false);
  expect(parsed.root).toBe('svg');
  expect(parsed.texts).toContain(title);
});
