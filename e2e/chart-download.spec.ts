// Needs the dashboard's charts (each chart section places a <ChartDownload>): passes once they are on the page.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { download } from './helpers';
import { rgbOf } from './pdf';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PALETTE = [...readFileSync('app/globals.css', 'utf8').matchAll(/--c-[\w-]+: light-dark\((#[0-9a-f]{6}),/g)].map(([, hex]) => rgbOf(hex!));

test('a chart downloads as a PNG image', async ({ page }) => {
  await page.goto('/');
  const button = page.getByRole('button', { name: /^Download .* as PNG$/ }).first();
  await expect(button).toBeVisible();
  const file = await download(page, () => button.click());
  expect(file.name).toMatch(/^[a-z0-9-]+\.png$/);
  expect([...file.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  // Decoded: a picture of the chart, not a blank or a frame with a title. The browser decodes it, and counts pixels
  // far from the background (the top-left corner) and pixels in the charts' palette (app/globals.css, light scheme).
  const pixels = await page.evaluate(
    async ({ png, palette }) => {
      const image = await createImageBitmap(new Blob([new Uint8Array(png)], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const distance = (i: number, [r, g, b]: number[]) => Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!);
      const background = [data[0]!, data[1]!, data[2]!];
      let ink = 0;
      let coloured = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (distance(i, background) > 60) ink++;
        if (palette.some((c) => distance(i, c) < 24)) coloured++;
      }
      return { width: image.width, height: image.height, ink: ink / (data.length / 4), coloured: coloured / (data.length / 4) };
    },
    { png: [...file.bytes], palette: PALETTE },
  );
  expect(pixels.width).toBeGreaterThanOrEqual(300);
  expect(pixels.height).toBeGreaterThanOrEqual(150);
  expect(pixels.ink, 'share of the image drawn on').toBeGreaterThan(0.03);
  expect(pixels.coloured, 'share of the image in the charts’ colours').toBeGreaterThan(0.01);
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
