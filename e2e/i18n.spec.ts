// The site in every language: each renders in its language with `lang` set, clean console and axe; the switcher keeps
// the filters; English offers the browser's language once; the pseudo-locale (~40 % longer) overflows nothing.
// Full checks (every page, axe on each) in German and Polish, the longest; a slice of the rest in the others.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { BASE_SLIDES } from '../lib/url/present';
import { siteOrigin } from '../lib/site/site';
import { mountCharts, readDataset } from './helpers';

type Messages = Record<string, Record<string, string>>;
const messages = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Messages;
const data = readDataset();
const factory = data.factories.find((f) => f.id === 'piast-ai') ?? data.factories[0]!;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Records console errors and uncaught exceptions from here on. */
function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

async function expectNoViolations(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), label).toEqual([]);
}

interface PageCheck {
  path: string;
  /** A heading the page shows in its language. */
  heading: (m: Messages) => string;
  /** Waits until the page's islands have hydrated and drawn. */
  ready: (page: Page) => Promise<void>;
}

const PAGES: Record<'home' | 'factory' | 'find' | 'present', PageCheck> = {
  home: {
    path: '',
    heading: (m) => m.dashboard!.title!,
    ready: (page) => expect(page.locator('[data-hydrated]')).toBeVisible(),
  },
  factory: {
    path: `/factories/${factory.id}`,
    heading: () => factory.name,
    ready: async () => {},
  },
  find: {
    path: '/find?country=PL&sector=health',
    heading: (m) => m.find!.title!,
    // The ranking follows the URL once hydrated: Poland's own factories lead.
    ready: (page) => expect(page.locator('ol li[data-involvement="host"]').first()).toBeVisible(),
  },
  present: {
    path: '/present',
    heading: (m) => m.present!.kpisTitle!,
    ready: (page) => expect(page.locator('[data-slide-id]')).toHaveAttribute('data-ready', 'true'),
  },
};

const FULL = ['de', 'pl'];
const SLICE = ['fr', 'it', 'es'];

for (const locale of [...FULL, ...SLICE]) {
  const m = messages(locale);
  const kinds = FULL.includes(locale) ? (['home', 'factory', 'find', 'present'] as const) : (['home', 'find'] as const);
  test(`${locale}: ${kinds.join(', ')} render in ${locale}, lang set, no console error, axe 0`, async ({ page }) => {
    test.setTimeout(60_000);
    const errors = watchConsole(page);
    for (const kind of kinds) {
      const check = PAGES[kind];
      const url = `/${locale}${check.path}`;
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await check.ready(page);
      const level = kind === 'present' ? 2 : 1;
      await expect(page.getByRole('heading', { level, name: check.heading(m) }).first()).toBeVisible();
      if (kind === 'find') {
        // The finder's reasons and country names are in the page's language.
        const poland = new Intl.DisplayNames([locale], { type: 'region' }).of('PL')!;
        await expect(page.getByRole('status').filter({ hasText: poland })).toBeVisible();
      }
      if (kind === 'home') {
        await expect(page.getByTestId('kpis')).toContainText(m.kpis!.hostCountries!);
        await expect(page.getByRole('link', { name: m.site!.navFind })).toHaveAttribute('href', `/${locale}/find`);
      }
      await expectNoViolations(page, url);
    }
    expect(errors).toEqual([]);
  });
}

test('the other languages’ factory page and screen mode render in their language', async ({ page }) => {
  const errors = watchConsole(page);
  for (const locale of SLICE) {
    await page.goto(`/${locale}/factories/${factory.id}`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 2, name: messages(locale).factory!.machine! })).toBeVisible();
    await page.goto(`/${locale}/present?slides=kpis`);
    await expect(page.locator('[data-slide-id]')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByRole('heading', { level: 2, name: messages(locale).present!.kpisTitle! })).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('an embed renders in each language, lang set, no console error; axe 0 in German and Polish', async ({ page }) => {
  test.setTimeout(60_000);
  const errors = watchConsole(page);
  for (const locale of [...FULL, ...SLICE]) {
    const response = await page.goto(`/${locale}/embed/funding?wave=2`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toMatch(/frame-ancestors \*/);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1, name: messages(locale).embed!.title_funding! })).toBeVisible();
    await expect(page.getByRole('link', { name: messages(locale).embed!.open! })).toHaveAttribute('href', `/${locale}?wave=2#funding`);
    if (FULL.includes(locale)) await expectNoViolations(page, `/${locale}/embed/funding`);
  }
  expect(errors).toEqual([]);
});

test('every page names its versions in every language (hreflang) and the pseudo-locale in none', async ({ page }) => {
  await page.goto(`/fr/factories/${factory.id}`);
  const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
    links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
  );
  const origin = siteOrigin();
  expect(Object.fromEntries(alternates)).toEqual({
    en: `${origin}/factories/${factory.id}`,
    de: `${origin}/de/factories/${factory.id}`,
    fr: `${origin}/fr/factories/${factory.id}`,
    it: `${origin}/it/factories/${factory.id}`,
    es: `${origin}/es/factories/${factory.id}`,
    pl: `${origin}/pl/factories/${factory.id}`,
    'x-default': `${origin}/factories/${factory.id}`,
  });
});

test('the switcher keeps the filters and the section, and the page follows them', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/?wave=2&country=IT#funding');
  await expect(page.locator('[data-hydrated]')).toBeVisible();
  const switcher = page.getByTestId('language-switcher');
  await expect(switcher.locator('a[data-locale="de"]')).toHaveAttribute('href', '/de?wave=2&country=IT#funding');
  await expect(switcher.locator('a[data-locale="en"]')).toHaveAttribute('aria-current', 'true');
  const shown = await page.locator('[data-kpi="AI Factories"]').innerText();

  await switcher.locator('summary').click();
  await switcher.locator('a[data-locale="de"]').click();
  await expect(page).toHaveURL(/\/de\?wave=2&country=IT#funding$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('[data-kpi="AI Factories"]')).toHaveText(shown);
  await expect(page.getByTestId('language-switcher').locator('a[data-locale="en"]')).toHaveAttribute('href', '/?wave=2&country=IT#funding');

  // A filter changed on the page moves into the switcher's links.
  await page.getByRole('button', { name: `${messages('de').filters!.remove!.replace('{label}', 'Welle 2')}` }).click();
  await expect(page.getByTestId('language-switcher').locator('a[data-locale="pl"]')).toHaveAttribute('href', '/pl?country=IT#funding');
  expect(errors).toEqual([]);
});

test.describe('a German browser on an English page', () => {
  test.use({ locale: 'de-DE' });

  test('is offered German once, without a redirect, and not again once declined', async ({ page }) => {
    await page.goto('/find?country=AT');
    await expect(page).toHaveURL(/\/find\?country=AT$/);
    const offer = page.getByTestId('language-offer');
    await expect(offer).toHaveAttribute('lang', 'de');
    await expect(offer.getByRole('link', { name: 'Auf Deutsch lesen' })).toHaveAttribute('href', '/de/find?country=AT');
    await offer.getByRole('button', { name: 'Nein, danke' }).click();
    await expect(offer).toBeHidden();
    // The offer is decided in an effect after hydration, from what localStorage remembers: wait until that read has
    // happened (and the render it may start has run) before looking for an offer that must not come.
    await page.addInitScript(() => {
      const reads: string[] = [];
      (window as unknown as { storageReads: string[] }).storageReads = reads;
      const getItem = Storage.prototype.getItem;
      Storage.prototype.getItem = function (key: string) {
        reads.push(key);
        return getItem.call(this, key);
      };
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => (window as unknown as { storageReads: string[] }).storageReads)).toContain('language-offer');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
    await expect(page.getByTestId('language-offer')).toHaveCount(0);
  });

  test('is offered nothing on a German page', async ({ page }) => {
    await page.goto('/de');
    await expect(page.locator('[data-hydrated]')).toBeVisible();
    await expect(page.getByTestId('language-offer')).toHaveCount(0);
  });
});

test('a missing page says so in the language of its path', async ({ page }) => {
  const response = await page.goto('/pl/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: messages('pl').notFound!.title! })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.getByRole('link', { name: messages('pl').notFound!.back! })).toHaveAttribute('href', '/pl');
});

test('a page ships only its own language', async ({ page }) => {
  const response = await page.goto('/de/find');
  const html = (await response?.text()) ?? '';
  expect(html).toContain(messages('de').finder!.submit!);
  for (const other of ['en', 'fr', 'it', 'es', 'pl']) expect(html, other).not.toContain(messages(other).finder!.submit!);
});

// ---- The pseudo-locale: every string ~40 % longer and accented (lib/i18n/pseudo-locale.ts), built for the tests only. ----

/** Elements sticking out of the viewport, other than those inside a box that scrolls or clips on purpose. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const clipped = (el: Element) => {
      for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
        const { overflowX } = getComputedStyle(node);
        if (overflowX !== 'visible') return true;
      }
      return false;
    };
    return [...document.querySelectorAll('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.right > window.innerWidth + 1 && !clipped(el);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').slice(0, 40)}`);
  });
}

test('the pseudo-locale asks not to be indexed; the real languages do not', async ({ request }) => {
  for (const path of ['/en-XA', '/en-XA/about', `/en-XA/factories/${factory.id}`]) {
    const html = await (await request.get(path)).text();
    expect([...html.matchAll(/<meta name="robots" content="([^"]*)"/g)].map((m) => m[1]), path).toEqual(['noindex']);
  }
  for (const path of ['/', '/about', '/de/about', `/pl/factories/${factory.id}`])
    expect(await (await request.get(path)).text(), path).not.toMatch(/<meta name="robots"/);
});

test.describe('pseudo-locale on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const path of ['', '/find?country=PL&sector=health', `/factories/${factory.id}`, '/about']) {
    test(`nothing overflows on /en-XA${path}`, async ({ page }) => {
      const response = await page.goto(`/en-XA${path}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
      await expect(page.locator('header nav a').first()).toContainText(/[áéíóúšñ]/);
      // Every chart mounted, so that it is measured too.
      if (path === '') await mountCharts(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await overflowing(page)).toEqual([]);
    });
  }
});

test.describe('pseudo-locale on a 1280×720 screen', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('every kind of slide fits without scrolling', async ({ page }) => {
    for (const slide of [...BASE_SLIDES, `spotlight-${factory.id}`]) {
      await page.goto(`/en-XA/present?slides=${slide}&wave=1,2,3`);
      const root = page.locator('[data-slide-id]');
      await expect(root).toHaveAttribute('data-ready', 'true');
      await expect(root).toHaveAttribute('data-slide-id', slide);
      const section = page.locator(`section[data-slide="${slide}"]`);
      const fits = await section.evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1);
      expect(fits, slide).toBe(true);
      expect(await overflowing(page), slide).toEqual([]);
    }
  });
});
