// The first Intl.NumberFormat, DateTimeFormat, ListFormat or DisplayNames a page builds costs Chromium 20 to 60 ms of
// main thread inside hydration (ICU's locale data). Pages write numbers by hand and take the other words from the
// server (lib/i18n/number-words.ts, intl-words.ts, i18n/format-message.ts): loading one builds none of them.
// PluralRules and Collator cost 1 to 4 ms and stay.
import { expect, test, type Page } from '@playwright/test';
import { readDataset } from './helpers';

const COSTLY = ['NumberFormat', 'DateTimeFormat', 'ListFormat', 'DisplayNames'] as const;
const factory = readDataset().factories[0]!;

// Spanish lists keep Intl.ListFormat ("y" becomes "e" before an i sound), so Spanish is not among them.
const PAGES = ['/', '/el', '/de', '/pl/find', '/fr/compare?ids=jaif,ai2f,it4lia', `/lt/factories/${factory.id}`, '/sv/present', '/it/embed/compute', '/bg/about'];

/** Records, from before the page's first script, each costly Intl object the page builds. */
async function recordIntl(page: Page) {
  await page.addInitScript((names) => {
    const built: string[] = [];
    (window as unknown as { __intlBuilt: string[] }).__intlBuilt = built;
    for (const name of names) {
      const original = Intl[name] as unknown as new (...args: unknown[]) => object;
      (Intl as unknown as Record<string, unknown>)[name] = new Proxy(original, {
        construct: (target, args) => (built.push(`${name} ${JSON.stringify(args)}`), Reflect.construct(target, args)),
      });
    }
  }, COSTLY);
}

const built = (page: Page) => page.evaluate(() => (window as unknown as { __intlBuilt: string[] }).__intlBuilt);

for (const path of PAGES) {
  test(`${path} builds no costly Intl object on load`, async ({ page }) => {
    await recordIntl(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // Hydrated: the islands have rendered with the words, so a check that nothing was built means it.
    await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('main *')].some((e) => Object.keys(e).some((k) => k.startsWith('__reactFiber'))))).toBe(true);
    expect(await built(page)).toEqual([]);
  });
}

test('the record sees an Intl object when one is built', async ({ page }) => {
  await recordIntl(page);
  await page.goto('/find');
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Intl.NumberFormat('de').format(1));
  expect(await built(page)).toEqual(['NumberFormat ["de"]']);
});
