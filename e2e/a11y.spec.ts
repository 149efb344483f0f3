// axe-core on every page, light and dark, 0 violations (WCAG 2.1 A and AA, and axe's best practices such
// as `region`: all content inside landmarks); keyboard reach and focus.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { BASE_SLIDES } from '../lib/url/present';
import { mountCharts, readDataset } from './helpers';

const data = readDataset();
const factory = data.factories[0]!;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

async function expectNoViolations(page: Page, label: string) {
  const { violations, passes } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  // Guards against a scan of an empty or unstyled page passing by default.
  expect(passes.map((p) => p.id)).toContain('color-contrast');
  const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}\n    ${n.failureSummary?.replace(/\n/g, '\n    ')}`).join('\n')}`);
  expect(report, `${label}\n${report.join('\n')}`).toEqual([]);
  // WCAG 2.2's target size (24 px) for the small links: source references, chips. The map's markers are exempt, as
  // the criterion allows for a target whose link is also on the page at full size (the table and the lists name
  // every factory and antenna): central Europe's markers cannot all be 24 px apart on a map of Europe.
  const small = await new AxeBuilder({ page }).withRules(['target-size']).exclude('[data-marker]').analyze();
  expect(small.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' '))), `${label}: targets under 24 px`).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    // One scan covers both: the charts stay mounted when their table twins open.
    test(`/ with every chart mounted and every table twin open (${scheme})`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto('/');
      await expect(page.locator('[data-hydrated]')).toBeVisible();
      await mountCharts(page);
      await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      await expect(page.locator('details:not([open]) > summary')).toHaveCount(0);
      await expect(page.locator('.recharts-surface').first()).toBeVisible();
      await expectNoViolations(page, '/ with every chart and table');
    });

    for (const [label, url] of [
      ['about', '/about'],
      ['find', '/find'],
      ['compare', `/compare?ids=${data.factories.slice(0, 3).map((f) => f.id).join(',')}`],
      ['factory page', `/factories/${factory.id}`],
      ['404 page', '/factories/no-such-factory'],
    ] as const) {
      test(`${label} (${scheme})`, async ({ page }) => {
        await page.goto(url);
        await page.waitForLoadState('networkidle');
        await expectNoViolations(page, url);
      });
    }

    for (const slide of [...BASE_SLIDES, `spotlight-${factory.id}`]) {
      test(`/present?theme=${scheme}, slide ${slide}`, async ({ page }) => {
        await page.goto(`/present?theme=${scheme}&slides=${slide}&interval=3600`);
        await page.waitForLoadState('networkidle');
        await expectNoViolations(page, `/present ${slide}`);
      });
    }
  });
}

// A phone lays the links out closer than a desktop: the timeline's factory names and the table's rows were 15–17 px
// tall lines of text at 412 px (Lighthouse's phone) while every scan above ran at desktop width.
for (const url of ['/', '/el', `/factories/${factory.id}`, '/find', '/about']) {
  test(`every target on ${url} is 24 px or spaced at phone width`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    if (url === '/' || url === '/el') {
      // The table twins open (not the header's language menu, which would cover the links beneath it).
      await page.locator('main details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      // content-visibility skips sections not yet scrolled near: scroll through so every target has a layout box.
      await page.evaluate(() => document.querySelectorAll('section').forEach((s) => ((s as HTMLElement).style.contentVisibility = 'visible')));
    }
    const small = await new AxeBuilder({ page }).withRules(['target-size']).exclude('[data-marker]').analyze();
    expect(small.passes.length + small.violations.length, 'the rule found targets to check').toBeGreaterThan(0);
    expect(small.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' '))), `${url} at 412 px: targets under 24 px`).toEqual([]);
  });
}

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-hydrated]')).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('#main')).toBeFocused();
});

/** What a focused element shows: an outline or a box-shadow, on itself. */
const focusRing = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    const shadow = s.boxShadow !== 'none';
    return {
      what: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 40)}"`,
      visible: outline || shadow,
    };
  });

for (const url of ['/', '/find', '/about', `/factories/${factory.id}`, '/present?interval=3600']) {
  test(`every control on ${url} is reachable by Tab and shows a focus ring`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    if (url.startsWith('/present')) {
      // Screen mode hides its controls when idle; once hydrated, a pointer (or Tab) brings them back.
      await expect(page.locator('[data-ready]')).toBeAttached();
      await page.mouse.move(200, 200);
      await expect(page.getByRole('navigation', { name: 'Slideshow' })).toBeVisible();
    }
    // Every control that a pointer could reach must be in the tab order (no tabindex=-1 traps on buttons or links).
    const controls = await page
      .locator('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')
      .evaluateAll((els) =>
        els
          // Rendered (not display:none); controls that fade out while idle (screen mode) still count.
          .filter((el) => el.checkVisibility())
          .filter((el) => !el.closest('details:not([open])') || el.tagName === 'SUMMARY')
          .filter((el) => !(el as HTMLButtonElement).disabled)
          // A radio group is one tab stop.
          .map((el) => ((el as HTMLInputElement).type === 'radio' ? `radio:${(el as HTMLInputElement).name}` : el))
          .filter((el, i, all) => typeof el !== 'string' || all.indexOf(el) === i).length,
      );
    const seen = new Set<string>();
    const unringed: string[] = [];
    for (let i = 0; i < 600; i++) {
      await page.keyboard.press('Tab');
      const ring = await focusRing(page);
      if (!ring) continue;
      const key = await page.evaluate(() => {
        const el = document.activeElement!;
        const path: number[] = [];
        for (let n: Element | null = el; n && n.parentElement; n = n.parentElement) path.push([...n.parentElement.children].indexOf(n));
        return path.join('.');
      });
      if (seen.has(key)) break; // wrapped around
      seen.add(key);
      if (!ring.visible) unringed.push(ring.what);
    }
    expect(unringed, 'focused without a visible outline or box-shadow').toEqual([]);
    expect(controls).toBeGreaterThan(0);
    expect(seen.size, 'tab stops vs visible controls').toBeGreaterThanOrEqual(controls);
  });
}

test('each chart on / has a table twin that the keyboard opens', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-hydrated]')).toBeVisible();
  const summaries = page.locator('section details:has(> .table-scroll) > summary');
  expect(await summaries.count()).toBeGreaterThan(0);
  for (const summary of await summaries.all()) {
    await summary.focus();
    await page.keyboard.press('Enter');
    const details = summary.locator('..');
    await expect(details).toHaveAttribute('open', '');
    await expect(details.locator('table').first()).toBeVisible();
  }
});
