// `npm run bench`: bytes a browser downloads per route, measured on the production build (no build is run).
// Brotli at quality 11, as a CDN or a compressing proxy would serve them; `noModule` legacy polyfills are left out.
// Two figures for JavaScript: what the HTML loads up front, and everything a reader who scrolls to the end
// loads (the charts are fetched when they come into view), measured in Chromium against `next start`.
// `--check` exits non-zero when a route passes its budget (docs/performance.md), so `npm test` can gate on bytes.
import { chromium } from '@playwright/test';
import { chromiumLaunch } from './chromium.mjs';
import { cpus, loadavg } from 'node:os';
import { scrollToEnd, STEP_BUDGET_MS, stepThroughMonths } from './bench-stepping.mjs';
import { inLanes } from './in-lanes.mjs';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { sparePort, startNext } from './next-server.mjs';
import { PREFIXED_LOCALES } from '../lib/i18n/locale-codes.js';

const dist = process.env.NEXT_DIST_DIR || '.next';
const appDir = path.join(dist, 'server', 'app');
// $BENCH_PORT, else a free port: a fixed one could be another checkout's server, and we would measure its build.
const PORT = await sparePort();
const KB = 1000;
/**
 * Brotli bytes. `upFront`: the JavaScript the HTML loads (docs/performance.md: 210 KB on /, 130 KB without charts, 145 KB for an embed).
 * `afterScroll`: with every lazily loaded chart too; recharts alone is ~87 KB of it, so / gets 240 KB there.
 */
const BUDGET = {
  charts: { upFront: 210 * KB, afterScroll: 240 * KB, html: 40 * KB },
  plain: { upFront: 130 * KB, afterScroll: 130 * KB, html: 40 * KB },
  /**
   * /embed/*: loaded inside other sites' articles, often several to a page, so held near a plain page: the framework
   * (~119 KB) plus the one view it shows. No embed loads recharts (their bars are HTML, the map SVG from the server);
   * the table embed brings TanStack Table (~12 KB), hence 145 KB; then 150 KB with languages (next-intl's runtime: 146.3
   * KB after the merge of embed, perf and i18n). HTML 32 KB: the map embed carries the map's paths (27 KB); the others
   * are ~13 KB. Every route under /embed/ gets it, so a new figure's embed needs no line here.
   */
  embed: { upFront: 150 * KB, afterScroll: 150 * KB, html: 32 * KB },
};
const LOCALE_PREFIX = new RegExp(`^/(${PREFIXED_LOCALES.join('|')})(?=/|$)`);
/** "/de/find" → "/find": every language of a page has the English page's budget. */
const pageOf = (route) => route.replace(LOCALE_PREFIX, '') || '/';
const CHART_ROUTES = new Set(['/']);
/**
 * Routes whose budget grew, and why (meant to be at most 5 KB each). Languages cost every page next-intl's client
 * runtime with its format-only ICU formatter (~4 KB; the parser stays on the server, see i18n/messages.ts) and the
 * page's own messages: /find was 129.3 KB before, 134.2 KB after.
 */
const GROWN = {
  // The figure registry, one location store and one MediaQueryList per query (the chrome's share): 134.9 → 135.0 KB.
  // The finder's 'When do you need compute?' (#32): 136.3 KB. The great-circle distance written out rather than
  // d3-geo's geometry streams (lib/geo/distance.ts): 131.4 KB. English formatted by hand, no Intl object on load
  // (i18n/format-message.ts, on every page): 131.8 KB.
  '/find': { upFront: 132.3 * KB, afterScroll: 132.3 * KB },
  // The HTML carries the page's messages for its islands and seven hreflang links (and the inlined
  // CSS): with the browser's slimmer dataset (lib/data/browser-dataset.ts) / measures 41.2 KB (42.2 KB in Polish) and
  // /embed/map 34.1 KB (34.9 KB in German). Each page's own CSP (docs/security.md: 11 to 17 hashes) adds 0.6 to
  // 0.85 KB: with it, / measures 42.4 KB (43.5 KB in Polish) and /embed/map 33.8 KB (34.5 KB in German).
  // Data v3 (planned and reported events): the overdue rule (lib/data/events.ts) and the timeline's statuses cost
  // ~0.5 KB; / measures 41.1 KB of HTML once the browser no longer carries the factories' sources (the whole-dataset
  // CSV is the built file).
  // The compute figure (#32), the time control and plans figure (#33), data v4 (each factory's machines with their
  // steps and plan histories, the plans' source URLs) and the second i18n pass, merged: 51.0 KB of HTML in English,
  // 53.2 KB in Greek (the longest). Of the inline payload (37.5 KB): the map's geometry as the island's props (~13 KB,
  // also drawn as SVG in the markup), the page CSS again (~6 KB, also in <style>), the dataset (~9 KB: machines 1.5,
  // plan sources 1.3), messages (~5.7 KB). A raise, not a fix: trimming those is the next step.
  // With the machine columns in the table and compare (#32 items 5 and 6) and the Open Graph and in-use fixes (#35):
  // 53.9 KB of HTML in Greek; 53.6 KB after the JavaScript trim below. The map's outlines in one sprite file: 40.7 KB,
  // 43.0 KB in Greek.
  // Its JavaScript after scroll: 244.5 KB, then 239.7 KB once the CSV writer and the chart download's work load on
  // first use (158.7 KB up front, from 162.8 KB), then 240.2 KB (159.1 up front) with English formatted by hand so
  // that no Intl object is built on load (i18n/format-message.ts, short numbers in lib/i18n/format.ts).
  // Then every language's numbers, dates, lists and country names without Intl on load (lib/i18n/number-words.ts,
  // intl-words.ts: 20 to 60 ms less main thread on each page's hydration) and the embeds' key figures back in their
  // static bundle (a lazy body linked the dashboard's CSS as a render-blocking stylesheet): 160.8 KB up front, 241.9 KB
  // after scroll, 1.9 KB over the 240 KB set before #32; HTML back under its 45 KB (41.5 KB, 44.3 KB in Greek).
  '/': { afterScroll: 242.4 * KB, html: 45 * KB },
  // The method page's longer German sentences after the second i18n pass: 40.2 KB.
  '/about': { html: 40.7 * KB },
  // Screen mode draws the dashboard's own view models and sentences (lib/views, lib/i18n/render-message.ts) instead of
  // its shorter copies: 129.4 → 131.4 KB, after moving the series colour out of recharts' settings and the
  // timeline's English labels out of the model.
  // Data v3's timeline (each factory's launch and machine, reported, planned or overdue: lib/data/events.ts and
  // the year lines of lib/views/timeline.ts) and its status legend: 131.4 → 132.4 KB.
  // The figure registry (the slide list and ?slides= ids derive from it) and the show split into named parts:
  // 132.4 → 133.0 KB.
  // The compute and plans slides (#32, #33) with the time control's month: 133.0 → 138.5 KB.
  // The controls first in the tab order and the in-use fixes (theme tokens, Esc): 139.2 KB.
  // Without the plans drawing (a slip in words only), the compute bars per country, the languages' own names and the
  // axis label wrapping, none of which a slide draws: 137.6 KB. Every slide's code still loads with the page, since a
  // screen must run offline for days; the rest are the slides' own models (as-of, plans, timeline, compute). English
  // formatted by hand (i18n/format-message.ts): 138.0 KB; every language's numbers by hand: 138.6 KB.
  '/present': { upFront: 139.1 * KB, afterScroll: 139.1 * KB },
  // The comparison is drawn in the browser: the site is static, so no server reads ?ids= (docs/compare.md). Its island
  // (model, table, chooser, share panel) on top of a plain page's runtime: 131.8 KB. The HTML carries the factories with
  // their source titles for the table's sources row: 26.6 KB of the plain page's 40.
  // Machine rows (#32 item 5), the chooser's Compare button and its four-limit note (#35): 138.0 KB. The CSV writer on
  // the first click and the compute words without the compute bars: 134.5 KB; English formatted by hand: 134.8 KB;
  // every language's numbers by hand: 135.3 KB.
  '/compare': { upFront: 135.8 * KB, afterScroll: 135.8 * KB },
  // The embed runtime plus the comparison's island, a route of its own so the other embeds do not carry it: 151.6 KB,
  // 142.4 KB by data v4, 136.7 KB once the key figures left the embed runtime (each embed's body is lazy), 137.1 KB
  // with English formatted by hand: within the embed budget. Its HTML carries the factories (data v4: machines and plans) for the browser-drawn comparison:
  // 39.0 KB, 39.8 KB in German; 40.5 KB in German with the key figures' CSS inlined again.
  '/embed/compare': { html: 41 * KB },
};
const budgetOf = (route) => ({
  ...(CHART_ROUTES.has(pageOf(route)) ? BUDGET.charts : pageOf(route).startsWith('/embed/') ? BUDGET.embed : BUDGET.plain),
  ...GROWN[pageOf(route)],
});

const brotli = (buf) =>
  brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }).length;

function htmlFiles(dir, base = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(base, entry.name);
    if (entry.isDirectory()) return htmlFiles(path.join(dir, entry.name), rel);
    return entry.name.endsWith('.html') && !entry.name.startsWith('_') ? [rel] : [];
  });
}

const routeOf = (file) => {
  const route = '/' + file.replace(/\\/g, '/').replace(/\.html$/, '').replace(/\([^)]*\)\//g, '');
  return route === '/index' ? '/' : route;
};

/** A script URL's file in the build, or null for other origins. */
function fileOf(src) {
  const { pathname } = new URL(src, 'http://x');
  if (pathname.startsWith('/_next/')) return path.join(dist, pathname.slice('/_next/'.length));
  return path.join('public', pathname);
}

/** Brotli bytes per chunk, compressed once: most chunks are on every route, and quality 11 is slow. */
const chunkBytes = new Map();
const bytesOf = (file) => {
  if (!chunkBytes.has(file)) chunkBytes.set(file, existsSync(file) ? brotli(readFileSync(file)) : 0);
  return chunkBytes.get(file);
};
const jsBytes = (srcs) => [...new Set(srcs.map((src) => new URL(src, 'http://x').pathname))].reduce((n, src) => n + bytesOf(fileOf(src)), 0);

async function loadedScripts(browser, route) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const scripts = [];
  // Link prefetches fetch the *next* pages' code; abort them (their RSC requests) so only this page's code counts.
  await page.route(/[?&]_rsc=/, (r) => r.abort());
  page.on('response', (r) => r.request().resourceType() === 'script' && scripts.push(r.url()));
  await page.goto(`http://127.0.0.1:${PORT}${route}`, { waitUntil: 'networkidle' });
  await scrollToEnd(page);
  await page.close();
  return scripts;
}

// Exits with a message when there is no build; the server stops when this script exits.
const { stop } = await startNext(PORT);

const files = htmlFiles(appDir);
// Factory pages are all alike: measure one, say how many there are. Every English page, every page in German (the
// longest strings), the dashboard in each other language; the pseudo-locale of a test build is not a page of the site.
const factoryPages = files.filter((f) => routeOf(f).startsWith('/factories/'));
const isPage = (route) => !route.startsWith('/en-XA');
const wanted = (route) => !LOCALE_PREFIX.test(route) || route.startsWith('/de') || pageOf(route) === '/';
const measured = files
  .filter((f) => isPage(routeOf(f)) && wanted(routeOf(f)) && !pageOf(routeOf(f)).startsWith('/factories/'))
  .concat(factoryPages.slice(0, 1), files.filter((f) => routeOf(f).startsWith('/de/factories/')).slice(0, 1))
  .sort();


const browser = await chromium.launch(chromiumLaunch);
// What a page loads after scrolling is its code, not its words: the other languages take the lazily loaded chunks
// measured on the English page (their HTML and the scripts it names are read from their own files). Two pages at a
// time, one a core.
const inBrowser = measured.filter((f) => !LOCALE_PREFIX.test(routeOf(f)));
const loaded = new Map();
await inLanes(inBrowser, 2, async (file) => {
  const route = routeOf(file);
  loaded.set(route, (await loadedScripts(browser, route)).filter((u) => u.startsWith(`http://127.0.0.1:${PORT}/`)));
});
const rows = [];
let failed = false;
for (const file of measured) {
  const route = routeOf(file);
  const html = readFileSync(path.join(appDir, file));
  const upFront = [...html.toString().matchAll(/<script([^>]*)>/g)]
    .filter((m) => !/noModule/i.test(m[1]))
    .map((m) => m[1].match(/src="([^"]+)"/)?.[1])
    .filter(Boolean);
  const all = loaded.get(route) ?? loaded.get(pageOf(route));
  if (!all) throw new Error(`${route}: its English page ${pageOf(route)} was not measured in the browser`);
  const initial = jsBytes(upFront);
  const total = jsBytes([...upFront, ...all]);
  const htmlBytes = brotli(html);
  const budget = budgetOf(route);
  const over = initial > budget.upFront || total > budget.afterScroll || htmlBytes > budget.html;
  failed ||= over;
  rows.push({
    route: pageOf(route).startsWith('/factories/') ? `${route.replace(/\/factories\/.*/, '')}/factories/[id] ×${factoryPages.length}` : route,
    'JS up front': `${(initial / KB).toFixed(1)} / ${budget.upFront / KB} KB`,
    'JS after full scroll': `${(total / KB).toFixed(1)} / ${budget.afterScroll / KB} KB`,
    HTML: `${(htmlBytes / KB).toFixed(1)} / ${budget.html / KB} KB`,
    'HTML raw': `${(html.length / KB).toFixed(1)} KB`,
    verdict: over ? 'OVER' : 'ok',
  });
}
const stepping = await stepThroughMonths(browser, `http://127.0.0.1:${PORT}`);
await browser.close();
stop();
console.log('Brotli-compressed bytes per route (1 KB = 1000 bytes):');
console.table(rows);
const slow = stepping.worst > STEP_BUDGET_MS;
console.log(
  `Stepping through ${stepping.steps} months on / with the time control (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores): ` +
    `main-thread work per step median ${stepping.median.toFixed(1)} ms, worst ${stepping.worst.toFixed(1)} ms (bound ${STEP_BUDGET_MS} ms)${slow ? ' OVER' : ''}; ` +
    `key to painted frame median ${stepping.frameMedian.toFixed(1)} ms, worst ${stepping.frameWorst.toFixed(1)} ms; long tasks ${stepping.longTasks}` +
    (stepping.longTasks ? `, the longest ${stepping.worstLongTask.toFixed(1)} ms` : ''),
);
if (process.argv.includes('--check') && failed) {
  console.error('A route is over its byte budget (docs/performance.md).');
  process.exit(1);
}
process.exit(0);
