// The short form of the screen-mode soak (scripts/soak-run.mjs; `npm run soak` is the long one, 1,200+ changes):
// a few hundred slide changes at 1080p (22 rounds of the show), the heap after a forced GC (JS and DOM) measured after twelve warm-up rounds
// and ten rounds later, on the same slide. Twelve: Blink's share of the heap still grows by about 0.5 MB (10 % of
// the page's ~5 MB) over the first ~500 changes, then levels off; four rounds of warm-up read that as a leak.
// A screen runs for days: what one round leaks, hundreds of rounds multiply (a slide kept alive doubles the heap).
import { expect, test } from '@playwright/test';
import { HEAP_LIMIT, soak } from '../scripts/soak-run.mjs';

test('screen mode keeps its heap and its page through a few hundred slide changes', async ({ page }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/present?interval=3600&poll=5');
  await expect(page.locator('[data-slide-id]')).toHaveAttribute('data-ready', 'true');
  // In rounds of the show, whatever its number of slides: twelve to warm up, ten measured.
  const slides = Number(await page.locator('[data-slide-count]').getAttribute('data-slide-count'));
  const result = await soak(page, { changes: 22 * slides, warmUp: 12 * slides });
  expect(result.total - result.baselineAt).toBeGreaterThanOrEqual(10 * slides);
  expect(result.growth, `heap ${result.baseline.heap.toFixed(2)} → ${result.end.heap.toFixed(2)} MB`).toBeLessThan(HEAP_LIMIT);
  expect(result.end.elements).toBeLessThanOrEqual(result.baseline.elements);
  expect(errors).toEqual([]);
});
