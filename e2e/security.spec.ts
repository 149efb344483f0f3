// Security headers on every response, and every page hydrating under its CSP with nothing fetched from another
// origin (DESIGN §8: fonts, tiles, scripts all self-hosted).
import { expect, test, type Page } from '@playwright/test';
import { readDataset } from './helpers';

const data = readDataset();
const factory = data.factories[0]!;
const FRAME_ANCESTORS = process.env.FRAME_ANCESTORS?.trim() || "'self'";

test('every kind of response carries the security headers', async ({ request }) => {
  // nginx (deploy/nginx.conf) sets them per location, so every kind of file is here: pages, data, the 404 page,
  // public files, the build's hashed files.
  const html = await (await request.get('/')).text();
  const chunk = html.match(/\/_next\/static\/[^"']+\.js/)?.[0];
  expect(chunk, 'a script under /_next/static/').toBeTruthy();
  const urls = ['/', `/factories/${factory.id}`, '/data/ai-factories.csv', '/data/ai-factories.json', '/present', '/present/version.json'];
  for (const url of [...urls, '/no-such-page', '/factories/%E0%A4%A', '/icon.svg', chunk!]) {
    const response = await request.get(url);
    expect(response.status(), url).toBeLessThan(500);
    const h = response.headers();
    const csp = h['content-security-policy'] ?? '';
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
    expect(csp, url).not.toContain('unsafe-eval');
    // Scripts are each page's own policy, by hash (e2e/csp.spec.ts): a header naming them would block those.
    expect(directives['default-src'], url).toBeUndefined();
    expect(directives['script-src'], url).toBeUndefined();
    expect(directives['script-src-attr'], url).toBe("'none'");
    expect(directives['object-src'], url).toBe("'none'");
    expect(directives['base-uri'], url).toBe("'self'");
    expect(directives['form-action'], url).toBe("'self'");
    expect(directives['img-src'], url).toBe("'self' data: blob:");
    expect(directives['connect-src'], url).toBe("'self'");
    expect(directives['font-src'], url).toBe("'self'");
    expect(directives['frame-ancestors'], url).toBe(FRAME_ANCESTORS);
    expect(h['x-content-type-options'], url).toBe('nosniff');
    expect(h['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
    expect(h['permissions-policy'], url).toBe('camera=(), microphone=(), geolocation=(), fullscreen=(self)');
    expect(h['x-powered-by'], url).toBeUndefined();
  }
  expect((await request.get(chunk!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

/** Records console errors, CSP reports and every request that leaves the origin (anything but data: and blob:). */
function watch(page: Page, origin: string) {
  const found = { csp: [] as string[], errors: [] as string[], offsite: [] as string[] };
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) found.csp.push(m.text());
    else if (m.type() === 'error') found.errors.push(m.text());
  });
  page.on('pageerror', (e) => found.errors.push(String(e)));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) found.offsite.push(url);
  });
  return found;
}

const hydrated = (page: Page) =>
  expect.poll(() => page.evaluate(() => Object.keys(document.body.firstElementChild ?? {}).some((k) => k.startsWith('__reactFiber')))).toBe(true);

for (const url of ['/', '/find', '/about', `/factories/${factory.id}`, '/present?interval=3', '/no-such-page']) {
  test(`${url} hydrates under the CSP, with no console error and no request to another origin`, async ({ page, baseURL }) => {
    const found = watch(page, baseURL!);
    await page.goto(url);
    await hydrated(page);
    // Scroll to the end so lazily mounted charts and their code load too; on /present, let a slide change.
    for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 600) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(40);
    }
    if (url.startsWith('/present')) await expect(page.locator('[data-slide-count]')).toHaveAttribute('data-slide-index', '1', { timeout: 8_000 });
    await page.waitForLoadState('networkidle');
    expect(found.csp, 'CSP violations').toEqual([]);
    expect(found.offsite, 'requests to another origin').toEqual([]);
    // The 404 page logs its own 404 response as a console error; nothing else may.
    expect(found.errors.filter((e) => !(url === '/no-such-page' && /404/.test(e))), 'console errors').toEqual([]);
  });
}

test('a chart exports as PNG under the CSP (canvas, blob: and data: URLs)', async ({ page, baseURL }) => {
  const found = watch(page, baseURL!);
  await page.goto('/');
  await hydrated(page);
  const button = page.getByRole('button', { name: /PNG/ }).first();
  await button.scrollIntoViewIfNeeded();
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(file.suggestedFilename()).toMatch(/\.png$/);
  expect(found.csp).toEqual([]);
  expect(found.offsite).toEqual([]);
});
