// Screen mode without its server: the show goes on from memory, says it is offline, and notices when the server is
// back. The test stops and starts a `next start` of its own on a free port, so the suite's servers are never
// touched; next start only (nginx serves the same files, and the behaviour is the page's own).
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from './ports';

const root = (page: Page) => page.locator('[data-slide-id]');
const index = (page: Page) => root(page).getAttribute('data-slide-index').then(Number);

function startServer(port: number): ChildProcess {
  return spawn('npx', ['next', 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    detached: true,
    stdio: 'ignore',
  });
}

function stopServer(server: ChildProcess | null) {
  if (server?.pid && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

async function waitForServer(port: number, up: boolean) {
  await expect
    .poll(
      async () => {
        try {
          return (await fetch(`http://127.0.0.1:${port}/present/version.json`)).ok;
        } catch {
          return false;
        }
      },
      { timeout: 30_000 },
    )
    .toBe(up);
}

test('keeps going when the server is down and recovers when it is back', async ({ page }) => {
  test.setTimeout(90_000);
  const port = await freePort();
  let server: ChildProcess | null = startServer(port);
  try {
    await waitForServer(port, true);
    await page.goto(`http://127.0.0.1:${port}/present?interval=3&poll=1`);
    await expect(root(page)).toHaveAttribute('data-ready', 'true');
    await expect(root(page)).toHaveAttribute('data-connection', 'online');

    stopServer(server);
    server = null;
    await waitForServer(port, false);
    await expect(root(page)).toHaveAttribute('data-connection', 'offline', { timeout: 5_000 });
    const before = await index(page);
    await expect.poll(() => index(page), { timeout: 8_000 }).not.toBe(before);
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(1);
    await expect(root(page)).toHaveAttribute('data-connection', 'offline');

    server = startServer(port);
    await waitForServer(port, true);
    await expect(root(page)).toHaveAttribute('data-connection', 'online', { timeout: 5_000 });
    const after = await index(page);
    await expect.poll(() => index(page), { timeout: 8_000 }).not.toBe(after);
  } finally {
    stopServer(server);
  }
});
