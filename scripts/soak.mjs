// `npm run soak`: the long form of the screen-mode soak (scripts/soak-run.mjs), SOAK_CHANGES slide changes (default
// 1,200), against `next start` of the production build on a free port (BENCH_PORT pins it) unless SOAK_URL is given.
// Fails when the heap grew by 10 % or more, when the page holds more elements at the end, or when the console logged
// an error. `npm test` runs a short form (e2e/soak.spec.ts).
import { chromium } from '@playwright/test';
import { chromiumLaunch } from './chromium.mjs';
import { sparePort, startNext } from './next-server.mjs';
import { HEAP_LIMIT, soak } from './soak-run.mjs';

const CHANGES = Number(process.env.SOAK_CHANGES || 1200);
/**
 * Baseline after ~300 changes: every slide, formatter and JIT path warmed, and Blink's caches grown to their size
 * (its share of the heap rises by ~0.5 MB over the first ~500 changes, then levels off).
 */
const WARM_UP = Number(process.env.SOAK_BASELINE || 300);

const server = process.env.SOAK_URL ? null : await startNext(await sparePort());
const base = process.env.SOAK_URL || server.origin;

const browser = await chromium.launch(chromiumLaunch);
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const errors = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  // A long interval: only the key drives the show, and the version poll runs as it would on a real screen.
  await page.goto(`${base}/present?interval=3600&poll=5`, { waitUntil: 'networkidle' });
  await page.locator('[data-ready]').waitFor();
  const result = await soak(page, { changes: CHANGES, warmUp: WARM_UP, log: console.log });
  console.log(`console errors: ${errors.length}`);
  if (result.growth >= HEAP_LIMIT) {
    console.error(`FAIL: heap grew ${(result.growth * 100).toFixed(1)} % (limit ${HEAP_LIMIT * 100} %)`);
    failed = true;
  }
  if (result.end.elements > result.baseline.elements) {
    console.error(`FAIL: ${result.end.elements - result.baseline.elements} more elements on the same slide`);
    failed = true;
  }
  if (errors.length) {
    console.error(`FAIL: console errors:\n${errors.slice(0, 5).join('\n')}`);
    failed = true;
  }
} finally {
  await browser.close();
  server?.stop();
}
process.exit(failed ? 1 : 0);
