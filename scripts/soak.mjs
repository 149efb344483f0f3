// `npm run soak`: screen mode for a long shift, fast. Drives /present through CHANGES slide changes with the → key
// and compares the JS heap after a forced GC between an early, warmed-up baseline and the end.
// Fails when the heap grew by 10 % or more, or when the console logged an error.
// Uses the production build: starts `next start` on SOAK_PORT (default 3405) unless SOAK_URL is given.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';

const CHANGES = Number(process.env.SOAK_CHANGES || 1200);
/** Baseline after ~100 changes: four rounds of 24 slides, so every slide, formatter and JIT path has been warmed. */
const BASELINE_AT = Number(process.env.SOAK_BASELINE || 100);
const LIMIT = 0.1;
const port = Number(process.env.SOAK_PORT || 3405);
const base = process.env.SOAK_URL || `http://127.0.0.1:${port}`;

let server = null;
if (!process.env.SOAK_URL) {
  server = spawn('npx', ['next', 'start', '--port', String(port), '--hostname', '127.0.0.1'], { detached: true, stdio: 'ignore' });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/present/version.json`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`no server on ${base}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}
const stopServer = () => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
};
process.on('exit', stopServer);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const errors = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  const cdp = await page.context().newCDPSession(page);
  // A long interval: only the key drives the show, and the version poll runs as it would on a real screen.
  await page.goto(`${base}/present?interval=3600&poll=5`, { waitUntil: 'networkidle' });
  await page.locator('[data-ready]').waitFor();
  const count = Number(await page.locator('[data-slide-count]').getAttribute('data-slide-count'));

  const heapMb = async () => {
    for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  };
  const started = Date.now();
  let baseline = 0;
  for (let change = 1; change <= CHANGES; change += 1) {
    await page.keyboard.press('ArrowRight');
    // Each change must render before the next one: wait for the slide index to move.
    await page.waitForFunction((i) => document.querySelector('[data-slide-index]')?.getAttribute('data-slide-index') === String(i), change % count);
    if (change === BASELINE_AT) baseline = await heapMb();
    if (change % 250 === 0)
      console.log(`  ${change} changes, ${((Date.now() - started) / 1000).toFixed(0)} s, heap ${(await heapMb()).toFixed(2)} MB`);
  }
  const end = await heapMb();
  const growth = (end - baseline) / baseline;
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  console.log(`slide changes: ${CHANGES} (${count} slides, ${((Date.now() - started) / 1000).toFixed(0)} s)`);
  console.log(`JS heap after GC — baseline (after ${BASELINE_AT}): ${baseline.toFixed(2)} MB, end: ${end.toFixed(2)} MB, growth: ${(growth * 100).toFixed(1)} %`);
  console.log(`DOM elements at the end: ${domNodes}; console errors: ${errors.length}`);
  if (growth >= LIMIT) {
    console.error(`FAIL: heap grew ${(growth * 100).toFixed(1)} % (limit ${LIMIT * 100} %)`);
    failed = true;
  }
  if (errors.length) {
    console.error(`FAIL: console errors:\n${errors.slice(0, 5).join('\n')}`);
    failed = true;
  }
} finally {
  await browser.close();
  stopServer();
}
process.exit(failed ? 1 : 0);
