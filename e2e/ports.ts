// The ports of the servers the suite starts, chosen once per run. A fixed port may already be held by another
// checkout's server on a shared machine, which the suite would then test without a word; so by default the OS picks
// free ones. The main Playwright process picks them while it loads the config and leaves them in E2E_PORTS, which
// its workers inherit (they load the config again). E2E_PORT pins them to E2E_PORT, +1 and +2 instead; a pinned
// port already in use stops the run, since the config never reuses a server it did not start.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';

/** Asks the OS for `count` distinct free loopback ports, holding them all at once so none is given twice. */
const PROBE = `
const net = require('node:net');
const servers = Array.from({ length: Number(process.argv[1]) }, () => net.createServer());
let left = servers.length;
for (const s of servers) s.listen(0, '127.0.0.1', () => {
  if (--left) return;
  console.log(servers.map((x) => x.address().port).join(','));
  for (const x of servers) x.close();
});`;

function pickPorts(): number[] {
  if (process.env.E2E_PORT) {
    const base = Number(process.env.E2E_PORT);
    return [base, base + 1, base + 2];
  }
  // Synchronous, in a child process: the config is loaded synchronously and must know its ports at once.
  return execFileSync(process.execPath, ['-e', PROBE, '3'], { encoding: 'utf8' }).trim().split(',').map(Number);
}

process.env.E2E_PORTS ||= pickPorts().join(',');
const [app, hostile, nginx] = process.env.E2E_PORTS.split(',').map(Number) as [number, number, number];

export const PORTS = {
  /** `next start` of the bundled data. */
  app,
  /** `next start` of e2e/fixtures/hostile.json (npm run build:hostile). */
  hostile,
  /** nginx serving out/ (npm run build:static) with the server block of deploy/nginx.conf. */
  nginx,
};

/** A port free on 127.0.0.1 now, for a server a test starts itself. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
