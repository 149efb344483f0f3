// The site in every language. Every one of the fifteen: its home, a factory of its own country and an embed, each in
// its language with `lang` set, no console error (a hydration mismatch is one: the home page's money, dates and
// country names are written by the server and again by the browser), and its money written the same by both. The
// full checks (the finder for the language's country and screen mode too, axe on every page, nothing overflows a
// 390 px phone or a 1280×720 slide, the script's glyphs come from a system font, the printed PDF's text) run on a
// slice: Finnish (long compounds), Greek (Greek script, longest labels), Bulgarian (Cyrillic), Romanian (longest
// text). axe finds the same in the other languages' DOM, which differs from these only in words (every message is in
// every language: i18n/messages.test.ts), and the a11y spec scans every page in English.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { BASE_SLIDES } from '../lib/url/present';
import { formatsFor, type FormatWords } from '../lib/i18n/format';
import { LOCALES, MENU_ORDER, localePath, type Locale } from '../lib/i18n/locales';
import { LOCALE_NAMES } from '../lib/i18n/locale-names';
import { siteOrigin } from '../lib/site/site';
import { mountCharts, readDataset } from './helpers';

type Messages = Record<string, Record<string, string>>;
const messages = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Messages;
const data = readDataset();
const factory = data.factories.find((f) => f.id === 'piast-ai') ?? data.factories[0]!;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Each language's own country: the one whose press writes about its factory in it (English: Ireland's antenna). */
const HOME: Record<Locale, string> = {
  en: 'IE', de: 'DE', fr: 'FR', it: 'IT', es: 'ES', pl: 'PL', nl: 'NL', sv: 'SE', fi: 'FI', el: 'GR', cs: 'CZ', bg: 'BG', ro: 'RO', sl: 'SI', lt: 'LT',
};
const SLICE: Locale[] = ['fi', 'el', 'bg', 'ro'];

const fmtOf = (locale: Locale) => formatsFor(locale, messages(locale).format as unknown as FormatWords);
const path = (locale: Locale, rest: string) => localePath(locale, rest);

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

/** The page's money strings: every match of the language's own patterns for billions and millions. */
function moneyIn(text: string, locale: Locale): string[] {
  const words = messages(locale).format!;
  const number = '[0-9][0-9.,\\u00a0\\u202f ]*';
  const patterns = [words.billions!, words.millions!]
    .filter(Boolean)
    .map((p) => p.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace('{value}', number));
  return text.match(new RegExp(patterns.join('|'), 'g')) ?? [];
}

for (const locale of LOCALES) {
  const m = messages(locale);
  const home = HOME[locale];
  const own = data.factories.find((f) => f.country === home) ?? factory;
  const countryName = fmtOf(locale).countryName(home);

  const full = SLICE.includes(locale);
  const pages = full ? `home, ${own.id}, the finder for ${home}, screen mode and an embed` : `home, ${own.id} and an embed`;
  test(`${locale}: ${pages} in ${locale}, lang set, no console error${full ? ', axe 0' : ''}`, async ({ page, request }) => {
    test.setTimeout(120_000);
    const errors = watchConsole(page);
    const axe = (label: string) => (full ? expectNoViolations(page, `${locale} ${label}`) : Promise.resolve());
    const visit = async (url: string) => {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      return response!;
    };

    // Home: the money the server wrote is the money the browser writes once hydrated.
    const serverHtml = await (await request.get(path(locale, '/'))).text();
    await visit(path(locale, '/'));
    await expect(page.locator('[data-hydrated]')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: m.dashboard!.title! })).toBeVisible();
    // The caption takes the plural its number asks for ("16 pays d’accueil", "16 Standortländer").
    const hosts = new Set(data.factories.map((f) => f.country)).size;
    await expect(page.getByTestId('kpis')).toContainText(String(new IntlMessageFormat(m.kpis!.hostCountries!, locale).format({ count: hosts })));
    await expect(page.getByRole('link', { name: m.site!.navFind })).toHaveAttribute('href', path(locale, '/find'));
    const served = moneyIn(serverHtml, locale);
    expect(served.length, 'money on the server page').toBeGreaterThan(0);
    const hydrated = await page.evaluate(() => document.body.textContent ?? '');
    for (const amount of new Set(served)) expect(hydrated, `${amount} after hydration`).toContain(amount);
    await axe('/');

    await visit(path(locale, `/factories/${own.id}`));
    await expect(page.getByRole('heading', { level: 1, name: own.name })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: m.factory!.machine! })).toBeVisible();
    await axe('factory');

    if (full) {
      // The finder follows the URL once hydrated: the country's own factories lead, named in the page's language.
      await visit(path(locale, `/find?country=${home}`));
      await expect(page.getByRole('heading', { level: 1, name: m.find!.title! })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: countryName })).toBeVisible();
      if (data.factories.some((f) => f.country === home)) await expect(page.locator('ol li[data-involvement="host"]').first()).toBeVisible();
      await axe('find');

      await visit(path(locale, '/present'));
      await expect(page.locator('[data-slide-id]')).toHaveAttribute('data-ready', 'true');
      await expect(page.getByRole('heading', { level: 2, name: m.present!.kpisTitle! })).toBeVisible();
      await axe('present');
    }

    const embed = await visit(path(locale, '/embed/funding?wave=2'));
    expect(embed.headers()['content-security-policy']).toMatch(/frame-ancestors \*/);
    await expect(page.getByRole('heading', { level: 1, name: m.embed!.title_funding! })).toBeVisible();
    await expect(page.getByRole('link', { name: m.embed!.open! })).toHaveAttribute('href', locale === 'en' ? '/?wave=2#funding' : `/${locale}?wave=2#funding`);
    await axe('embed');

    expect(errors).toEqual([]);
  });
}

test('every page names its versions in every language (hreflang) and the pseudo-locale in none', async ({ page }) => {
  await page.goto(`/fr/factories/${factory.id}`);
  const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
    links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
  );
  const origin = siteOrigin();
  expect(Object.fromEntries(alternates)).toEqual({
    ...Object.fromEntries(LOCALES.map((l) => [l, `${origin}${localePath(l, `/factories/${factory.id}`)}`])),
    'x-default': `${origin}/factories/${factory.id}`,
  });
  expect(alternates).toHaveLength(LOCALES.length + 1);
});

test.describe('the language menu on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('lists all fifteen languages, each by its own name and in its own language, all on the screen', async ({ page }) => {
    await page.goto('/el');
    const switcher = page.getByTestId('language-switcher');
    await switcher.locator('summary').click();
    const links = switcher.locator('a[data-locale]');
    await expect(links).toHaveCount(LOCALES.length);
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('data-locale')))).toEqual(MENU_ORDER);
    for (const l of MENU_ORDER) {
      const link = switcher.locator(`a[data-locale="${l}"]`);
      await expect(link).toHaveText(LOCALE_NAMES[l]);
      await expect(link).toHaveAttribute('lang', l);
      await expect(link).toBeInViewport({ ratio: 1 });
    }
    await expect(switcher.locator('a[data-locale="el"]')).toHaveAttribute('aria-current', 'true');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
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
    // The offer appears in an effect after hydration: look once that moment has passed. The same wait on the English
    // page finds its offer already there (no retry), so the look on the German page comes late enough to see one.
    const settled = async (path: string) => {
      await page.goto(path);
      await expect(page.locator('[data-hydrated]')).toBeVisible();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
      return page.getByTestId('language-offer').count();
    };
    expect(await settled('/')).toBe(1);
    expect(await settled('/de')).toBe(0);
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
  for (const other of LOCALES.filter((l) => l !== 'de')) expect(html, other).not.toContain(messages(other).finder!.submit!);
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

/** Every chart mounted (on the dashboard), then: nothing wider than the phone, nothing sticking out. */
async function expectFitsPhone(page: Page, url: string, lang: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  if (/^\/([a-z]{2}(-XA)?)?\/?$/.test(new URL(url, 'http://x').pathname)) await mountCharts(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(390);
  expect(await overflowing(page), url).toEqual([]);
}

/** Every kind of slide, each alone, fits a 1280×720 screen without scrolling. */
async function expectSlidesFit(page: Page, prefix: string) {
  for (const slide of [...BASE_SLIDES, `spotlight-${factory.id}`]) {
    await page.goto(`${prefix}/present?slides=${slide}&wave=1,2,3`);
    const root = page.locator('[data-slide-id]');
    await expect(root).toHaveAttribute('data-ready', 'true');
    await expect(root).toHaveAttribute('data-slide-id', slide);
    const section = page.locator(`section[data-slide="${slide}"]`);
    const fits = await section.evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1);
    expect(fits, `${prefix} ${slide}`).toBe(true);
    expect(await overflowing(page), `${prefix} ${slide}`).toEqual([]);
  }
}

const PHONE_PATHS = (home: string, id: string) => ['/', `/find?country=${home}&sector=health`, `/factories/${id}`, '/about', `/compare?ids=${id},bsc-aif,it4lia,jaif`];

test.describe('pseudo-locale on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const rest of PHONE_PATHS('PL', factory.id)) {
    test(`nothing overflows on /en-XA${rest === '/' ? '' : rest}`, async ({ page }) => {
      await expectFitsPhone(page, `/en-XA${rest === '/' ? '' : rest}`, 'en-XA');
      await expect(page.locator('header nav a').first()).toContainText(/[áéíóúšñ]/);
    });
  }
});

test.describe('pseudo-locale on a 1280×720 screen', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('every kind of slide fits without scrolling', async ({ page }) => {
    await expectSlidesFit(page, '/en-XA');
  });
});

// ---- The slice: the real languages that run longest or write in another script. ----

for (const locale of SLICE) {
  const own = data.factories.find((f) => f.country === HOME[locale])!;

  test.describe(`${locale} on a 390 px phone`, () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test(`nothing overflows on ${PHONE_PATHS(HOME[locale], own.id).join(', ')}`, async ({ page }) => {
      test.setTimeout(60_000);
      for (const rest of PHONE_PATHS(HOME[locale], own.id)) await expectFitsPhone(page, path(locale, rest), locale);
    });
  });

  test.describe(`${locale} on a 1280×720 screen`, () => {
    test.use({ viewport: { width: 1280, height: 720 } });

    test('every kind of slide fits without scrolling', async ({ page }) => {
      test.setTimeout(60_000);
      await expectSlidesFit(page, `/${locale}`);
    });
  });
}

// ---- Scripts and type: Greek and Cyrillic from the system fonts, on screen, in screen mode, in embeds, on paper. ----

/** The families installed here that cover a language (fontconfig, which Chromium's text rendering uses too). */
function familiesFor(lang: string): Set<string> {
  const out = execFileSync('fc-list', [`:lang=${lang}`, 'family'], { encoding: 'utf8' });
  return new Set(out.split('\n').flatMap((line) => line.split(',')).map((f) => f.trim()).filter(Boolean));
}

/** The fonts Chromium drew an element's text with (DevTools' "Rendered fonts"). */
async function renderedFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.filter((f) => f.glyphCount > 0).map((f) => f.familyName);
}

for (const locale of ['el', 'bg'] as const) {
  const m = messages(locale);
  const own = data.factories.find((f) => f.country === HOME[locale])!;

  test(`${locale}: every page draws its script with a system font that has it, and its PDF's text is ${locale}`, async ({ page }, info) => {
    test.setTimeout(60_000);
    const covering = familiesFor(locale);
    expect(covering.size, `a font for ${locale} is installed`).toBeGreaterThan(0);
    const views: [string, string][] = [
      [path(locale, '/'), 'h1'],
      [path(locale, `/factories/${own.id}`), 'h2'],
      [path(locale, '/present?slides=kpis'), 'section[data-slide] h2'],
      [path(locale, '/embed/funding?wave=2'), 'h1'],
    ];
    for (const [url, selector] of views) {
      await page.goto(url);
      const fonts = await renderedFonts(page, selector);
      expect(fonts.length, url).toBeGreaterThan(0);
      for (const family of fonts) expect(covering.has(family), `${url} ${selector}: ${family}`).toBe(true);
    }

    await page.goto(path(locale, `/factories/${own.id}`));
    const file = info.outputPath(`${locale}.pdf`);
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    // poppler's pdftotext, installed before the run by scripts/ensure-system-packages.sh, as for print.spec.ts.
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(m.factory!.machine!);
    expect(text).toContain(m.factory!.sources!);
    expect(text).toContain(fmtOf(locale).countryName(HOME[locale]));
  });
}
