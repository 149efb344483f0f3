import { defineConfig, devices } from '@playwright/test';
import { ONCE } from './e2e/once';
import { PORTS } from './e2e/ports';
import { chromiumLaunch } from './scripts/chromium.mjs';

// The specs that run on both servers: everything a visitor meets, and every header or file a server sends (nginx
// takes its headers and types from deploy/nginx.conf, not from Next). The others test the app's own code paths
// (a11y, chart download, print, the screen-mode soak, hostile data in its own build) and gain nothing from a second
// server. Inside those specs, a test tagged ONCE runs on `next start` only.
const ON_NGINX = /(^|\/)(foundation|dashboard|table|find|present|security|bad-urls|data-v2|framing|served-headers|open-data|csp|compare|open-graph|static-site)\.spec\.ts$/;
// What only the static export can get wrong (its own build, `.txt` payloads for moves inside the app): nginx alone.
const NGINX_ONLY = /(^|\/)static-site\.spec\.ts$/;


const origin = (port: number) => `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  // A test.only left in a commit would silently drop every other test.
  forbidOnly: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: origin(PORTS.app),
    timezoneId: 'UTC',
    locale: 'en-GB',
    launchOptions: chromiumLaunch,
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: [/hostile\.spec\.ts/, NGINX_ONLY],
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch },
    },
    {
      name: 'hostile',
      testMatch: /hostile\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch, baseURL: origin(PORTS.hostile) },
    },
    {
      name: 'nginx',
      testMatch: ON_NGINX,
      grepInvert: new RegExp(ONCE),
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch, baseURL: origin(PORTS.nginx) },
    },
  ],
  // Never a server the suite did not start: on a shared machine, one already listening may be another checkout's.
  webServer: webServers(),
});

// E2E_SERVERS=app (or app,nginx) starts only those servers, for running one spec while working on it; `npm test`
// leaves it unset and starts all three.
function webServers() {
  const all = {
    app: {
      command: `npx next start --port ${PORTS.app} --hostname 127.0.0.1`,
      url: `${origin(PORTS.app)}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    hostile: {
      command: `npx next start --port ${PORTS.hostile} --hostname 127.0.0.1`,
      env: { NEXT_DIST_DIR: '.next-hostile', FACTORIES_DATA: 'e2e/fixtures/hostile.json' },
      url: `${origin(PORTS.hostile)}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    // nginx is installed before the run (scripts/ensure-system-packages.sh, in pretest:e2e).
    nginx: {
      command: 'node scripts/serve-static.mjs',
      env: { HOST: '127.0.0.1', PORT: String(PORTS.nginx) },
      url: `${origin(PORTS.nginx)}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  };
  const wanted = process.env.E2E_SERVERS?.split(',') ?? Object.keys(all);
  return Object.entries(all)
    .filter(([name]) => wanted.includes(name))
    .map(([, server]) => server);
}
