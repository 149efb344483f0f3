// `npm run bench:load`: the servers under load (docs/performance.md: 50 connections on loopback, 0 errors). For each route:
// fetch its bytes and content type from `next start` once, serve them from memory with `node:http` on another port
// (the floor), then load `next start`, that bare server and nginx serving the static export (out/, `npm run
// serve:static`) in turn for LOAD_SECONDS (10). Targets: `next start` within 3× the bare server's median, nginx
// within 1.5× (the static path is the one meant to meet a CDN-sized audience).
import autocannon from 'autocannon';
import { createServer } from 'node:http';
import { readDataset } from './read-dataset.mjs';
import { sparePort, startNext, startNginx } from './next-server.mjs';

const CONNECTIONS = 50;
const SECONDS = Math.max(1, Math.min(60, Number(process.env.LOAD_SECONDS) || 10));
const MAX_NEXT_RATIO = 3;
const MAX_NGINX_RATIO = 1.5;
const factory = readDataset().factories[0];
const ROUTES = ['/', '/data/ai-factories.csv', `/factories/${factory.id}`];

const nextPort = await sparePort();
const next = await startNext(nextPort);
const nginx = await startNginx(process.env.BENCH_PORT ? nextPort + 2 : await sparePort());

/** A server that answers every request with one response held in memory. */
async function bareServer(body, contentType) {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': contentType, 'content-length': body.length });
    res.end(body);
  });
  const port = process.env.BENCH_PORT ? nextPort + 1 : 0;
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

const load = (url, duration = SECONDS) => autocannon({ url, connections: CONNECTIONS, duration, timeout: 10 });
const errors = (result) => result.errors + result.timeouts + result.non2xx;
const ratio = (result, base) => Number((result.latency.p50 / Math.max(base.latency.p50, 1)).toFixed(2));

const rows = [];
const problems = [];
try {
  for (const route of ROUTES) {
    const response = await fetch(`${next.origin}${route}`);
    if (!response.ok) throw new Error(`${route}: ${response.status}`);
    const body = Buffer.from(await response.arrayBuffer());
    const bare = await bareServer(body, response.headers.get('content-type') ?? 'application/octet-stream');
    await load(`${next.origin}${route}`, 2); // warm-up, not counted
    const fromNext = await load(`${next.origin}${route}`);
    const base = await load(`${bare.url}${route}`);
    await load(`${nginx.origin}${route}`, 2);
    const fromNginx = await load(`${nginx.origin}${route}`);
    await bare.close();
    const row = {
      route,
      bytes: body.length,
      'bare p50 ms': base.latency.p50,
      'next p50 ms': fromNext.latency.p50,
      'nginx p50 ms': fromNginx.latency.p50,
      'next/bare': ratio(fromNext, base),
      'nginx/bare': ratio(fromNginx, base),
      'bare req/s': Math.round(base.requests.average),
      'next req/s': Math.round(fromNext.requests.average),
      'nginx req/s': Math.round(fromNginx.requests.average),
      'errors next/nginx': `${errors(fromNext)}/${errors(fromNginx)}`,
    };
    rows.push(row);
    if (errors(fromNext) + errors(fromNginx) > 0) problems.push(`${route}: errors or non-2xx answers`);
    if (row['next/bare'] > MAX_NEXT_RATIO) problems.push(`${route}: next start's median over ${MAX_NEXT_RATIO}× the bare server's`);
    if (row['nginx/bare'] > MAX_NGINX_RATIO) problems.push(`${route}: nginx's median over ${MAX_NGINX_RATIO}× the bare server's`);
  }
} finally {
  next.stop();
  nginx.stop();
}
console.log(`${CONNECTIONS} connections, ${SECONDS} s per route and server, loopback:`);
console.table(rows);
if (problems.length > 0) {
  console.error(`Over the targets (docs/performance.md):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
process.exit(0);
