import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT || 3100);
// The same app built from e2e/fixtures/hostile.json into .next-hostile (npm run build:hostile).
const HOSTILE_PORT = PORT + 1;
// nginx serving the static export in out/ (npm run build:static) with the server block of deploy/nginx.conf.
const NGINX_PORT = PORT + 2;
// The specs that run on both servers: everything a visitor meets. The others test the app's own code paths
// (a11y, chart download, hostile data in its own build) and gain nothing from a second server.
const ON_NGINX = /(foundation|dashboard|table|find|present|security|csp|bad-urls)\.spec\.ts/;

// Debian's Chromium (Playwright cannot download browsers here); the flags keep it off the closed network.
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    timezoneId: 'UTC',
    locale: 'en-GB',
    launchOptions: chromiumLaunch,
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /hostile\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch },
    },
    {
      name: 'hostile',
      testMatch: /hostile\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch, baseURL: `http://127.0.0.1:${HOSTILE_PORT}` },
    },
    {
      name: 'nginx',
      testMatch: ON_NGINX,
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch, baseURL: `http://127.0.0.1:${NGINX_PORT}` },
    },
  ],
  webServer: [
    {
      command: `npx next start --port ${PORT} --hostname 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx next start --port ${HOSTILE_PORT} --hostname 127.0.0.1`,
      env: { NEXT_DIST_DIR: '.next-hostile', FACTORIES_DATA: 'e2e/fixtures/hostile.json' },
      url: `http://127.0.0.1:${HOSTILE_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: 'bash scripts/ensure-nginx.sh && node scripts/serve-static.mjs',
      env: { HOST: '127.0.0.1', PORT: String(NGINX_PORT) },
      url: `http://127.0.0.1:${NGINX_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
