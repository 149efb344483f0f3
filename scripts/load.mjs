// `npm run bench:load`: `next start` under load (DESIGN §8: 50 connections on loopback, 0 errors, median latency
// within 3× of a bare Node server sending the same bytes). For each route: fetch its bytes and content type once,
// serve them from memory with `node:http` on another port, then load each server in turn for LOAD_SECONDS (10).
import autocannon from 'autocannon';
import { createServer } from 'node:http';
import { readDataset } from './read-dataset.mjs';
import { sparePort, startNext } from './next-server.mjs';

const CONNECTIONS = 50;
const SECONDS = Math.max(1, Math.min(60, Number(process.env.LOAD_SECONDS) || 10));
const MAX_RATIO = 3;
const factory = readDataset().factories[0];
const ROUTES = ['/', '/data/ai-factories.csv', `/factories/${factory.id}`];

const nextPort = await sparePort();
const { origin, stop } = await startNext(nextPort);

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

const rows = [];
let failed = false;
try {
  for (const route of ROUTES) {
    const response = await fetch(`${origin}${route}`);
    if (!response.ok) throw new Error(`${route}: ${response.status}`);
    const body = Buffer.from(await response.arrayBuffer());
    const bare = await bareServer(body, response.headers.get('content-type') ?? 'application/octet-stream');
    await load(`${origin}${route}`, 2); // warm-up, not counted
    const next = await load(`${origin}${route}`);
    const base = await load(`${bare.url}${route}`);
    await bare.close();
    const bad = next.errors + next.timeouts + next.non2xx;
    const ratio = next.latency.p50 / Math.max(base.latency.p50, 1);
    failed ||= bad > 0 || ratio > MAX_RATIO;
    rows.push({
      route,
      bytes: body.length,
      'next req/s': Math.round(next.requests.average),
      'next p50 ms': next.latency.p50,
      'next p99 ms': next.latency.p99,
      'bare req/s': Math.round(base.requests.average),
      'bare p50 ms': base.latency.p50,
      'bare p99 ms': base.latency.p99,
      'p50 ratio': Number(ratio.toFixed(2)),
      'errors/non-2xx': bad,
    });
  }
} finally {
  stop();
}
console.log(`${CONNECTIONS} connections, ${SECONDS} s per route and server, loopback:`);
console.table(rows);
if (failed) {
  console.error(`Errors, or a median latency over ${MAX_RATIO}× the bare server's (DESIGN §8).`);
  process.exit(1);
}
process.exit(0);
