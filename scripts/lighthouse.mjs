// `npm run bench:lighthouse [-- /route …]`: Lighthouse (mobile, its default profile) on the production build and,
// interleaved with it, on a bare Next app (bench/bare-next/: a layout and one page, built from the same node_modules
// and served the same way). Timings on a shared machine swing from run to run; the bare page swings with them, so the
// bounds are on the difference between medians of one run (LH_RUNS rounds, default 5).
//
// Two throttling methods, both Lighthouse's own (LH_THROTTLING=devtools,simulate picks; both by default):
// - devtools (applied): the page really loads on a 4x slower CPU and a 1.6 Mbit/s, 150 ms link. The bounds are
//   checked on it: it times the paint the reader gets.
// - simulate (Lantern, PageSpeed Insights' method): one unthrottled load, then a model. Its LCP charges every script
//   whose evaluation began before the unthrottled paint, download and all. On localhost the framework's chunks land
//   within ~20 ms of that paint, so the same build scores either ~0.65 s or ~1.45 s, the bare page included. The
//   table prints it, with how many runs painted before any script ran, so that race stays visible.
// Exits non-zero when a route is outside its bounds (docs/performance.md) or below 100 in accessibility, best practices or SEO.
// A bench, not a test: it is not part of `npm test`. Every report is kept in .lighthouse/ (gitignored).
import lighthouse from 'lighthouse';
import { median } from './median.mjs';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';
import { sparePort, startNext } from './next-server.mjs';

const BARE_DIR = 'bench/bare-next';
const OUT_DIR = '.lighthouse';
const RUNS = Math.max(1, Math.min(9, Number(process.env.LH_RUNS) || 5));
const MODES = (process.env.LH_THROTTLING || 'devtools,simulate').split(',').filter((m) => m === 'devtools' || m === 'simulate');
/** The method whose medians are held to the bounds. */
const GATE = MODES[0] ?? 'devtools';

/**
 * Bounds against the bare page, the same for every page type (issue #37): performance points below it, LCP and TBT
 * milliseconds above it. Screen mode's first paint must also be its first slide (checked below).
 */
const FLOOR = { performance: 3, lcp: 500, tbt: 150 };
const BOUNDS = { '/present': { ...FLOOR, lcpIn: /_slide\b/ } };
const ALWAYS_100 = ['accessibility', 'best-practices', 'seo'];
/**
 * Failing audits that are decisions, not defects, so they do not count against the 100s:
 * - the map's markers are under 24 px apart in central Europe (no map of Europe can space them); WCAG 2.5.8 exempts a
 *   target whose function is also on the page at full size, and the table and lists link every factory and antenna
 *   (e2e/a11y.spec.ts holds every other target to 24 px);
 * - a target "partially obscured" in a section the browser has not rendered yet (`content-visibility: auto` below the
 *   fold): axe's hit test finds the skipped section over it, and the same links pass once scrolled to. e2e/a11y.spec.ts
 *   checks target sizes at Lighthouse's 412 px with every section rendered;
 * - an embed asks not to be indexed (`noindex`): its article is the page a search should find.
 */
const EXEMPT = {
  'target-size': (item) => /\bdata-marker="/.test(item.node?.snippet ?? '') || /partially obscured/.test(item.node?.explanation ?? ''),
  'is-crawlable': (item, route) => route.startsWith('/embed/') && /name="robots" content="noindex/.test(item.source?.snippet ?? ''),
};

const routes = process.argv.slice(2).filter((a) => a.startsWith('/'));
/** Every page type: the dashboard (English, and Greek, the language with the longest HTML), the comparison, the finder, a factory, the method page, screen mode, two embeds. */
const ROUTES = routes.length
  ? routes
  : ['/', '/el', '/compare?ids=jaif,ai2f,it4lia', '/find', '/factories/bsc-aif', '/about', '/present', '/embed/funding', '/embed/compute'];
const boundsOf = (route) => BOUNDS[route] ?? FLOOR;

/** A category's score with the exempt audits counted as passed (the score is the weighted mean of its audits). */
function scoreWithExemptions(lhr, id, route) {
  const refs = lhr.categories[id]?.auditRefs.filter((r) => r.weight > 0) ?? [];
  const passed = (ref) => {
    const audit = lhr.audits[ref.id];
    const items = audit.details?.items ?? [];
    if (audit.score !== null && audit.score < 1 && EXEMPT[ref.id] && items.length && items.every((item) => EXEMPT[ref.id](item, route))) return 1;
    return audit.score;
  };
  const scored = refs.filter((r) => lhr.audits[r.id].score !== null);
  const weight = scored.reduce((n, r) => n + r.weight, 0);
  return weight ? Math.round((scored.reduce((n, r) => n + r.weight * passed(r), 0) / weight) * 100) : 0;
}

/** Builds the bare app when it has no build or its sources are newer than the build. */
function buildBare() {
  const id = path.join(BARE_DIR, '.next', 'BUILD_ID');
  const newest = (dir) =>
    Math.max(...readdirSync(dir, { withFileTypes: true }).filter((e) => e.name !== '.next').map((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? newest(p) : statSync(p).mtimeMs;
    }));
  if (existsSync(id) && statSync(id).mtimeMs > newest(BARE_DIR)) return;
  console.log(`Building the bare reference (${BARE_DIR}) …`);
  execFileSync('npx', ['next', 'build', BARE_DIR], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Chromium with a DevTools port for Lighthouse; kept off the network like the e2e browser. */
async function launchChrome() {
  const port = await sparePort().then((p) => (process.env.BENCH_PORT ? p + 2 : p));
  const profile = mkdtempSync(path.join(tmpdir(), 'lh-chrome-'));
  const chrome = spawn(
    process.env.CHROME_PATH || CHROMIUM_PATH,
    [
      '--headless=new',
      ...CHROMIUM_FLAGS,
      '--disable-default-apps',
      '--disable-extensions',
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

const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
const ms = (lhr, id) => lhr.audits[id]?.numericValue ?? NaN;
const fileName = (mode, route, i) => `${mode}-${route === 'bare' ? 'bare' : route.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'root'}-${i + 1}.json`;

/**
 * Whether the unthrottled load painted its largest content before the first script evaluation began: when it did
 * not, Lantern adds those scripts (download and evaluation) to the simulated LCP.
 */
function paintedFirst(trace) {
  const events = trace.traceEvents;
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL?.startsWith('http'));
  if (!nav) return null;
  const lcp = events.filter((e) => e.name === 'largestContentfulPaint::Candidate' && e.ts > nav.ts).at(-1);
  const firstScript = events
    .filter((e) => e.name === 'EvaluateScript' && e.pid === nav.pid && e.ts > nav.ts && /^https?:/.test(e.args?.data?.url ?? '') && e.args.data.url !== nav.args.data.documentLoaderURL)
    .reduce((min, e) => Math.min(min, e.ts), Infinity);
  return lcp ? lcp.ts < firstScript : null;
}

/** What Lighthouse says about the paint and the main thread, from the run nearest the median LCP. */
function diagnose(label, lhr) {
  const lines = [];
  const lcpEl = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  if (lcpEl) lines.push(`LCP element: ${lcpEl.selector} ${JSON.stringify((lcpEl.snippet ?? '').slice(0, 90))}`);
  const phases = lhr.audits['largest-contentful-paint-element']?.details?.items?.[1]?.items;
  if (phases) lines.push(`LCP phases: ${phases.map((p) => `${p.phase} ${Math.round(p.timing)} ms`).join(', ')}`);
  const blocking = lhr.audits['render-blocking-resources']?.details?.items ?? [];
  if (blocking.length) lines.push(`render-blocking: ${blocking.map((b) => `${b.url.replace(/^https?:\/\/[^/]+/, '')} (${Math.round(b.wastedMs ?? 0)} ms)`).join(', ')}`);
  const work = lhr.audits['mainthread-work-breakdown']?.details?.items ?? [];
  if (work.length) lines.push(`main thread: ${work.slice(0, 5).map((w) => `${w.groupLabel} ${Math.round(w.duration)} ms`).join(', ')}`);
  const boot = lhr.audits['bootup-time']?.details?.items ?? [];
  if (boot.length) lines.push(`script bootup: ${boot.slice(0, 3).map((b) => `${b.url.replace(/^https?:\/\/[^/]+/, '')} ${Math.round(b.total)} ms`).join(', ')}`);
  lines.push(`FCP ${Math.round(ms(lhr, 'first-contentful-paint'))} ms, speed index ${Math.round(ms(lhr, 'speed-index'))} ms`);
  for (const id of ALWAYS_100) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) lines.push(`${id}: ${audit.id} — ${audit.title}`);
    }
  }
  console.log(`\n${label}\n  ${lines.join('\n  ')}`);
}

buildBare();
const app = await startNext(await sparePort());
const bare = await startNext(await sparePort().then((p) => (process.env.BENCH_PORT ? p + 1 : p)), BARE_DIR);
const chrome = await launchChrome();
rmSync(OUT_DIR, { recursive: true, force: true });
mkdirSync(OUT_DIR, { recursive: true });

/** mode → route → list of reports; 'bare' holds the reference's. */
const reports = new Map(MODES.map((mode) => [mode, new Map([['bare', []], ...ROUTES.map((r) => [r, []])])]));
/** route → runs of the simulated method that painted before any script ran. */
const racesWon = new Map();
try {
  // Interleaved: each round runs the bare page, then every route, in each method, so a busy minute costs all alike.
  for (let i = 0; i < RUNS; i++) {
    for (const mode of MODES) {
      for (const route of ['bare', ...ROUTES]) {
        const url = route === 'bare' ? `${bare.origin}/` : `${app.origin}${route}`;
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', throttlingMethod: mode });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        reports.get(mode).get(route).push(result.lhr);
        if (mode === 'simulate') racesWon.set(route, (racesWon.get(route) ?? 0) + (paintedFirst(result.artifacts.Trace) ? 1 : 0));
        writeFileSync(path.join(OUT_DIR, fileName(mode, route, i)), JSON.stringify(result.lhr));
      }
    }
    process.stdout.write(`round ${i + 1}/${RUNS} done\n`);
  }
} finally {
  chrome.kill();
  app.stop();
  bare.stop();
}

const summary = (lhrs, route) => ({
  performance: median(lhrs.map((l) => score(l, 'performance'))),
  lcp: median(lhrs.map((l) => ms(l, 'largest-contentful-paint'))),
  tbt: median(lhrs.map((l) => ms(l, 'total-blocking-time'))),
  fcp: median(lhrs.map((l) => ms(l, 'first-contentful-paint'))),
  ...Object.fromEntries(ALWAYS_100.map((id) => [id, Math.min(...lhrs.map((l) => scoreWithExemptions(l, id, route)))])),
});
const signed = (n, unit = '') => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(Math.round(n))}${unit}`;
const failures = [];
for (const mode of MODES) {
  const byRoute = reports.get(mode);
  const base = summary(byRoute.get('bare'), 'bare');
  const gated = mode === GATE;
  const rows = [];
  for (const [route, lhrs] of byRoute) {
    const s = summary(lhrs, route);
    const row = {
      route: route === 'bare' ? 'bare Next page' : route,
      perf: s.performance,
      'Δ perf': route === 'bare' ? '' : signed(s.performance - base.performance),
      'LCP ms': Math.round(s.lcp),
      'Δ LCP': route === 'bare' ? '' : signed(s.lcp - base.lcp, ' ms'),
      'TBT ms': Math.round(s.tbt),
      'Δ TBT': route === 'bare' ? '' : signed(s.tbt - base.tbt, ' ms'),
      'FCP ms': Math.round(s.fcp),
      'a11y/bp/seo': ALWAYS_100.map((id) => s[id]).join('/'),
      runs: lhrs.map((l) => score(l, 'performance')).join(' '),
    };
    if (mode === 'simulate') row['painted first'] = `${racesWon.get(route) ?? 0}/${lhrs.length}`;
    if (route !== 'bare') {
      const b = boundsOf(route);
      const out = [];
      if (gated) {
        if (b.performance !== undefined && base.performance - s.performance > b.performance) out.push(`performance ${b.performance} points`);
        if (b.lcp !== undefined && s.lcp - base.lcp > b.lcp) out.push(`LCP ${b.lcp} ms`);
        if (b.tbt !== undefined && s.tbt - base.tbt > b.tbt) out.push(`TBT ${b.tbt} ms`);
        const lcpElements = lhrs.map((l) => l.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.selector ?? '');
        if (b.lcpIn && !lcpElements.every((sel) => b.lcpIn.test(sel))) out.push(`LCP element outside ${b.lcpIn}`);
      }
      for (const id of ALWAYS_100) if (s[id] < 100) out.push(`${id} 100`);
      row.bounds = out.length ? `OUT: ${out.join(', ')}` : gated ? 'ok' : 'not gated';
      if (out.length) failures.push(`${route} (${mode}): ${out.join(', ')}`);
    }
    rows.push(row);
    // The run whose LCP is the median's, for the diagnostics.
    const nearest = [...lhrs].sort((a, b) => Math.abs(ms(a, 'largest-contentful-paint') - s.lcp) - Math.abs(ms(b, 'largest-contentful-paint') - s.lcp))[0];
    diagnose(`${row.route} (${mode})`, nearest);
  }
  const how = mode === 'devtools' ? 'applied throttling (the bounds)' : 'simulated throttling (Lantern; not gated)';
  console.log(`\nLighthouse mobile, ${how}, medians of ${RUNS} interleaved runs; Δ against the bare Next page:`);
  console.table(rows);
}
console.log(`Reports: ${OUT_DIR}/ (open one in the Lighthouse viewer).`);
if (failures.length) {
  console.error(`Outside the bounds:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
process.exit(0);
