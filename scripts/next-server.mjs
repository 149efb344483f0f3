// Shared by the bench scripts: a free loopback port, and `next start` on it for as long as the script runs.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/** `$BENCH_PORT` when set, else a port the OS says is free on 127.0.0.1. */
export async function sparePort() {
  if (process.env.BENCH_PORT) return Number(process.env.BENCH_PORT);
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Spawns a server in its own process group and resolves once http://127.0.0.1:port/ answers; the server stops
 * when this process exits.
 */
async function startServer(name, command, args, port, env = process.env) {
  const server = spawn(command, args, { stdio: 'ignore', detached: true, env });
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  for (let i = 0; i < 150; i++) {
    if (await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false)) return { origin: `http://127.0.0.1:${port}`, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`${name} did not answer on port ${port} within 30 s`);
}

/**
 * Starts `next start` on 127.0.0.1:port and resolves once / answers.
 * `dir` serves another Next app than the project (the Lighthouse bench's bare reference, built into `dir/.next`).
 */
export async function startNext(port, dir) {
  const dist = dir ? path.join(dir, '.next') : process.env.NEXT_DIST_DIR || '.next';
  if (!existsSync(path.join(dist, 'BUILD_ID'))) {
    console.error(`No production build in ${dist}: run \`npm run build\` first.`);
    process.exit(1);
  }
  const args = ['next', 'start', ...(dir ? [dir] : []), '--port', String(port), '--hostname', '127.0.0.1'];
  return startServer('next start', 'npx', args, port);
}

/** Starts nginx serving out/ (`npm run serve:static`) on 127.0.0.1:port and resolves once / answers. */
export async function startNginx(port) {
  if (!existsSync(path.join('out', 'index.html'))) {
    console.error('No static build in out/: run `npm run build:static` first.');
    process.exit(1);
  }
  return startServer('nginx', 'npm', ['run', '--silent', 'serve:static'], port, { ...process.env, HOST: '127.0.0.1', PORT: String(port) });
}
