// Screen mode for a long shift, fast: drives /present with the → key, one slide change after another, and compares
// the heap after a forced GC (V8's and Blink's, where the DOM lives, so a slide kept alive after it left counts), and
// the number of elements, between a warmed-up point and the end, both taken on the same slide. Shared by `npm run soak` (the long form, a bench) and e2e/soak.spec.ts (the short form in npm test).

/** Growth of the heap between the baseline and the end that counts as a leak. */
export const HEAP_LIMIT = 0.1;

/**
 * @param {import('@playwright/test').Page} page on /present, hydrated, with a long interval (only the key moves it)
 * @param {{ changes: number, warmUp: number, log?: (line: string) => void }} options `warmUp`: changes before the
 *   baseline (every slide, formatter and JIT path seen a few times); both counts are rounded up to whole rounds of
 *   the show, so the baseline and the end show the same slide.
 */
export async function soak(page, { changes, warmUp, log = () => {} }) {
  const cdp = await page.context().newCDPSession(page);
  const count = Number(await page.locator('[data-slide-count]').getAttribute('data-slide-count'));
  const rounds = (n) => Math.ceil(n / count) * count;
  const [baselineAt, total] = [rounds(warmUp), rounds(Math.max(changes, warmUp + count))];
  // The least of five readings, each after two forced collections: one reading swings by 10 % or more at this size
  // (~5 MB), with whatever a poll or a render had in flight; what a leak keeps stays in every reading.
  const heapMb = async () => {
    let least = Infinity;
    for (let reading = 0; reading < 5; reading += 1) {
      for (let i = 0; i < 2; i += 1) await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize, embedderHeapUsedSize } = await cdp.send('Runtime.getHeapUsage');
      least = Math.min(least, (usedSize + embedderHeapUsedSize) / 2 ** 20);
    }
    return least;
  };
  const elements = () => page.evaluate(() => document.getElementsByTagName('*').length);
  const started = Date.now();
  let baseline = { heap: 0, elements: 0 };
  for (let change = 1; change <= total; change += 1) {
    await page.keyboard.press('ArrowRight');
    // Each change must render before the next one: wait for the slide index to move.
    await page.waitForFunction((i) => document.querySelector('[data-slide-index]')?.getAttribute('data-slide-index') === String(i), change % count);
    if (change === baselineAt) baseline = { heap: await heapMb(), elements: await elements() };
    if (change % 250 === 0) log(`  ${change} changes, ${((Date.now() - started) / 1000).toFixed(0)} s, heap ${(await heapMb()).toFixed(2)} MB`);
  }
  const end = { heap: await heapMb(), elements: await elements() };
  const growth = (end.heap - baseline.heap) / baseline.heap;
  log(`slide changes: ${total} (${count} slides, ${((Date.now() - started) / 1000).toFixed(0)} s)`);
  log(`heap after GC (JS and DOM) — baseline (after ${baselineAt}): ${baseline.heap.toFixed(2)} MB, end: ${end.heap.toFixed(2)} MB, growth: ${(growth * 100).toFixed(1)} %`);
  log(`elements on the page — baseline: ${baseline.elements}, end: ${end.elements}`);
  await cdp.detach();
  return { total, baselineAt, baseline, end, growth };
}
