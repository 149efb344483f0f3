// Pages run under their own strict policy (docs/security.md) on both servers: the header and the meta policy the
// build wrote pass CSP Evaluator, the page's own scripts run with no violation, no console error and no request to
// another origin (fonts, map, scripts: all served from here), and a script the build did not write does not run.
//
// The sweep visits every kind of page in English on both servers, and every factory page (one template) on one. The
// other fourteen languages run the same scripts with other words: built-policies.spec.ts checks every page of every
// language and build against its policy as a file, and i18n.spec.ts opens pages in each language, failing on any
// console error (a blocked script is one): five pages in Finnish, Greek, Bulgarian and Romanian, three in the others.
import { expect, test, type Page } from '@playwright/test';
import { EMBED_VIEWS } from '../lib/url/embed';
import { serious } from '../test/csp';
import { download, readDataset, table } from './helpers';
import { ONCE } from './once';

const data = readDataset();
const COMPARED = `?ids=${data.factories.slice(0, 3).map((f) => f.id).join(',')}`;
const PAGES = ['/', '/find', '/about', `/compare${COMPARED}`, '/present?interval=3', `/factories/${data.factories[0]!.id}`, ...EMBED_VIEWS.map((view) => `/embed/${view}${view === 'compare' ? COMPARED : ''}`)];
const META = 'meta[http-equiv="Content-Security-Policy"]';

/** Collects CSP violations as the page's document reports them, every console error, and requests to other origins. */
async function watch(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`));
  });
  const errors: string[] = [];
  // With the URL it is about: a failed load names the resource there, not in its text.
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.text()} ${m.location().url}`);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const offsite: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) offsite.push(r.url());
  });
  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  return { errors, offsite, violations };
}

/** React has taken over the server HTML: an element of the body carries its fiber. */
const hydrated = (page: Page) =>
  expect
    .poll(() => page.evaluate(() => [...document.body.children].some((el) => Object.keys(el).some((k) => k.startsWith('__reactFiber')))))
    .toBe(true);

/** Opens a page, checks the policies it is served with, and lets its scripts (lazy charts too) run. */
async function visit(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  const header = (await response!.headerValue('content-security-policy')) ?? '';
  const meta = (await page.locator(META).getAttribute('content')) ?? '';
  expect(meta, `${url}: the policy the build wrote`).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]{43}=')+;/);
  expect(serious([header, meta]), url).toEqual([]);
  await hydrated(page);
  for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 700) await page.evaluate((top) => window.scrollTo(0, top), y);
  await page.waitForLoadState('networkidle');
}

for (const url of PAGES) {
  test(`${url} runs under its policy, with no violation and no console error`, async ({ page }) => {
    const watched = await watch(page);
    await visit(page, url);
    if (url.startsWith('/present')) await expect(page.locator('[data-slide-count]')).toHaveAttribute('data-slide-index', '1', { timeout: 8_000 });
    expect(await watched.violations(), 'CSP violations').toEqual([]);
    expect(watched.errors, 'console errors').toEqual([]);
    expect(watched.offsite, 'requests to another origin').toEqual([]);
  });
}

test('every factory page runs under its policy', { tag: ONCE }, async ({ page }) => {
  test.slow();
  const watched = await watch(page);
  for (const factory of data.factories) {
    await visit(page, `/factories/${factory.id}`);
    expect(await watched.violations(), factory.id).toEqual([]);
  }
  expect(watched.errors, 'console errors').toEqual([]);
  expect(watched.offsite, 'requests to another origin').toEqual([]);
});

test('the 404 page runs under its policy', async ({ page }) => {
  const watched = await watch(page);
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  expect(serious([(await response!.headerValue('content-security-policy')) ?? '', (await page.locator(META).getAttribute('content')) ?? ''])).toEqual([]);
  await hydrated(page);
  expect(await watched.violations()).toEqual([]);
  // The page logs its own 404 response; nothing else may (a missing script chunk is a 404 too, of another URL).
  const own = `Failed to load resource: the server responded with a status of 404 (Not Found) ${response!.url()}`;
  expect(watched.errors.filter((e) => e !== own)).toEqual([]);
  expect(watched.errors).toContain(own);
  expect(watched.offsite, 'requests to another origin').toEqual([]);
});

test.describe('the dashboard at work', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('filters, sorting, share, CSV and PNG downloads: no violation, no console error', async ({ page }) => {
    const watched = await watch(page);
    await page.goto('/');
    await expect(page.locator('[data-hydrated]')).toBeVisible();
    await page.getByTestId('sector-bars').scrollIntoViewIfNeeded();
    // recharts' bar, once its chunk has arrived: the HTML bars that stand in meanwhile (and print) do not filter.
    await page.locator('[data-testid="sector-bars"] .recharts-wrapper [data-bar]').first().click();
    await expect(page).toHaveURL(/[?&]sector=/);
    await table(page).scrollIntoViewIfNeeded();
    await table(page).locator('thead').getByRole('button').first().click();
    await expect(page).toHaveURL(/[?&]sort=/);
    const share = page.locator('#funding [data-share]');
    await share.locator('summary').click();
    await share.getByRole('button', { name: 'Copy link' }).click();
    await expect(share.getByRole('status')).toHaveText('Link copied');
    expect((await download(page, () => page.getByRole('button', { name: 'Download CSV', exact: true }).click())).name).toMatch(/\.csv$/);
    const png = page.getByRole('button', { name: /PNG/ }).first();
    await png.scrollIntoViewIfNeeded();
    expect((await download(page, () => png.click())).name).toMatch(/\.png$/);
    expect(await watched.violations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.offsite, 'requests to another origin').toEqual([]);
  });

  test("moving between pages in the browser adds each page's stylesheets under the first page's policy", async ({ page }) => {
    const watched = await watch(page);
    const styles = () => page.locator('style').count();
    await visit(page, `/factories/${data.factories[0]!.id}`);
    const before = await styles();
    for (const [href, heading] of [['/', 'h1'], ['/find', 'h1'], ['/about', 'h1']] as const) {
      await page.locator(`a[href="${href}"]`).first().click();
      await expect(page).toHaveURL(new RegExp(`${href}$`));
      await expect(page.locator(heading).first()).toBeVisible();
    }
    // Next's router brings the stylesheets a page lacks as inline <style> elements: the build allowed them by hash.
    expect(await styles()).toBeGreaterThan(before);
    expect(await watched.violations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.offsite, 'requests to another origin').toEqual([]);
  });

  test('the finder re-ranks as a country is chosen: no violation, no console error', async ({ page }) => {
    const watched = await watch(page);
    await visit(page, '/find');
    await page.getByLabel('Your country', { exact: true }).selectOption('MT');
    await expect(page).toHaveURL(/country=MT/);
    await expect(page.getByRole('status')).toHaveText(/Malta/);
    expect(await watched.violations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.offsite, 'requests to another origin').toEqual([]);
  });
});

test('a script written into a served page does not run, and the browser reports it', async ({ page }) => {
  // As if a hostile string had reached the HTML on its way: an inline script and an event handler, written into
  // the page's own response, whose headers stay as the server sent them (less what the rewrite makes untrue).
  await page.route(/\/find$/, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-encoding'];
    delete headers['content-length'];
    const html = (await response.text()).replace(
      /<body[^>]*>/,
      '$&<script>window.injected = true</script><img src="data:," onerror="window.handled = true" alt="">',
    );
    await route.fulfill({ status: response.status(), headers, body: html });
  });
  const watched = await watch(page);
  await page.goto('/find');
  await hydrated(page);
  expect(await page.evaluate(() => ({ injected: 'injected' in window, handled: 'handled' in window }))).toEqual({ injected: false, handled: false });
  const violations = await watched.violations();
  expect(violations).toContainEqual(expect.stringMatching(/^script-src-elem inline/));
  expect(violations).toContainEqual(expect.stringMatching(/^script-src-attr inline/));
  expect(watched.errors).toContainEqual(expect.stringMatching(/inline script violates the following Content Security Policy directive 'script-src/));
  // The page's own scripts still ran, by hash, and its controls work.
  await page.getByLabel('Your country', { exact: true }).selectOption('MT');
  await expect(page).toHaveURL(/country=MT/);
});
