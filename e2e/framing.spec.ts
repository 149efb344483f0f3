// Who may frame what, on both servers (next start sends next.config.js's headers, nginx those of deploy/nginx.conf):
// any site may frame /embed/* and each language's /de/embed/*, no other site may frame the rest.
import { expect, type APIResponse } from '@playwright/test';
import { test } from './embed-parent';
import { frameHeight, heights } from './embed-messages';
import { readDataset } from './helpers';

const data = readDataset();

/** The one Content-Security-Policy a response carries (two would both apply, the stricter frame-ancestors winning). */
function policy(response: APIResponse): string {
  const policies = response.headersArray().filter((h) => h.name.toLowerCase() === 'content-security-policy');
  expect(policies, response.url()).toHaveLength(1);
  return policies[0]!.value;
}

test('/ refuses to be framed by another origin', async ({ page, parent, request }) => {
  expect(policy(await request.get('/'))).toMatch(/frame-ancestors 'self'(;|$)/);
  const refused = page.waitForEvent('console', (m) => m.type() === 'error' && /frame-ancestors/.test(m.text()));
  await page.goto(`${parent}/?src=${encodeURIComponent('/')}`);
  await refused;
  // Chromium shows its error page in the frame instead of the dashboard.
  await expect.poll(() => page.frames().map((f) => f.url())).toContain('chrome-error://chromewebdata/');
  await expect(page.frameLocator('#embed').getByText('Europe’s AI Factories')).toHaveCount(0);
});

for (const path of ['/embed/kpis', '/de/embed/kpis', '/pl/embed/funding?wave=2']) {
  test(`${path} may be framed by any site, renders there and is sized by embed.js`, async ({ page, parent, request }) => {
    expect(policy(await request.get(path))).toMatch(/frame-ancestors \*(;|$)/);
    await page.goto(`${parent}/?src=${encodeURIComponent(path)}`);
    const lang = path.startsWith('/embed/') ? 'en' : path.slice(1, 3);
    await expect(page.frameLocator('#embed').locator('html')).toHaveAttribute('lang', lang);
    await expect(page.frameLocator('#embed').locator('h1')).toBeVisible();
    await expect.poll(async () => (await heights(page)).length).toBeGreaterThan(0);
    await expect.poll(async () => (await frameHeight(page)) === Math.ceil((await heights(page)).at(-1)!.data.height!)).toBe(true);
  });
}

test('a factory page and the screen mode refuse another origin’s frame in every language', async ({ request }) => {
  for (const path of [`/factories/${data.factories[0]!.id}`, '/de/present', '/pl/about', '/fr/find'])
    expect(policy(await request.get(path)), path).toMatch(/frame-ancestors 'self'(;|$)/);
});
