// `npm run bench:lighthouse [-- /route …]`: Lighthouse (mobile, its default profile and simulated throttling) on the
// production build, served by `next start` on a spare loopback port. Each route runs LH_RUNS times (default 3) and
// the run with the median performance score counts, as Lighthouse's docs advise on a noisy machine.
// Exits non-zero below DESIGN §8: performance 95; accessibility, best practices and SEO 100.
import lighthouse from 'lighthouse';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sparePort, startNext } from './next-server.mjs';

const BAR = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const routes = process.argv.slice(2).filter((a) => a.startsWith('/'));
const ROUTES = routes.length ? routes : ['/', '/find', '/about'];
const RUNS = Math.max(1, Math.min(9, Number(process.env.LH_RUNS) || 3));

const { origin, stop } = await startNext(await sparePort());

/** Chromium with a DevTools port for Lighthouse; kept off the network like the e2e browser. */
async function launchChrome() {
  const port = await sparePort().then((p) => (process.env.BENCH_PORT ? p + 1 : p));
  const profile = mkdtempSync(path.join(tmpdir(), 'lh-chrome-'));
  const chrome = spawn(
    process.env.CHROME_PATH || '/usr/bin/chromium',
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-extensions',
      '--no-first-run',
      '--disable-quic',
      `--user-data-dir=${profile}`,
      `--remote-debugging-port=${port}`,
      '--remote-debugging-address=127.0.0.1',
      'about:blank',
    ],
    { stdio: 'ignore', detached: true },
  );
  const kill = () => {
    try {
      process.kill(-chrome.pid);
    } catch {
      // already gone
    }
    // Chrome may still be writing its profile as it exits: retry, and never fail the run over a temp folder.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch {
      // left in the temp folder
    }
  };
  process.on('exit', kill);
  for (let i = 0; i < 100; i++) {
    if (await fetch(`http://127.0.0.1:${port}/json/version`).then((r) => r.ok, () => false)) return { port, kill };
    await new Promise((r) => setTimeout(r, 100));
  }
  kill();
  throw new Error('Chromium did not open its DevTools port');
}

const chrome = await launchChrome();
const rows = [];
let failed = false;
try {
  for (const route of ROUTES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${origin}${route}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (!result) throw new Error(`Lighthouse returned nothing for ${route}`);
      runs.push(result.lhr);
    }
    runs.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
    const lhr = runs[Math.floor(runs.length / 2)];
    // LH_OUT=dir keeps each route's counted report, to open in the Lighthouse viewer.
    if (process.env.LH_OUT) {
      mkdirSync(process.env.LH_OUT, { recursive: true });
      writeFileSync(path.join(process.env.LH_OUT, `${route.replace(/\W+/g, '_') || 'root'}.json`), JSON.stringify(lhr));
    }
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const row = { route, runs: runs.map((r) => Math.round(r.categories.performance.score * 100)).join(' ') };
    for (const id of Object.keys(BAR)) {
      row[id] = score(id);
      if (score(id) < BAR[id]) failed = true;
    }
    row.LCP = lhr.audits['largest-contentful-paint']?.displayValue;
    row.TBT = lhr.audits['total-blocking-time']?.displayValue;
    row.CLS = lhr.audits['cumulative-layout-shift']?.displayValue;
    rows.push(row);
    // Name what cost points, so a failure says what to fix.
    for (const [id, category] of Object.entries(lhr.categories)) {
      if (id === 'performance') continue;
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.log(`${route} ${id}: ${audit.id} — ${audit.title}`);
      }
    }
  }
} finally {
  chrome.kill();
  stop();
}
console.log(`Lighthouse ${rows.length ? '(mobile, simulated throttling; median of ' + RUNS + ' runs by performance)' : ''}:`);
console.table(rows);
if (failed) {
  console.error(`Below the bar (DESIGN §8): ${Object.entries(BAR).map(([k, v]) => `${k} ${v}`).join(', ')}.`);
  process.exit(1);
}
process.exit(0);
