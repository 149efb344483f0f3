import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ONCE } from './once';
import { SLIDE_FIGURES } from '../lib/figures/registry';

const data = JSON.parse(readFileSync('data/ai-factories.json', 'utf8')) as {
  factories: { id: string; wave: number }[];
};
const ALL_SLIDES = SLIDE_FIGURES.length + data.factories.length;
const root = (page: Page) => page.locator('[data-slide-id]');

async function open(page: Page, query: string) {
  const response = await page.goto(`/present${query}`);
  expect(response?.status()).toBe(200);
  await expect(root(page)).toHaveAttribute('data-ready', 'true');
}

/** The show's idle time before the controls and the cursor hide (IDLE_MS in components/present/present-show.tsx). */
const IDLE_MS = 3_000;

/**
 * Opens the show on Playwright's clock, stopped: the show's timers (advance, idle, poll) fire only when the test moves
 * time with `page.clock.runFor`, so a test of time needs no sleep and no margin, and a slow machine cannot move the
 * show on before the test looks.
 */
async function openOnHeldClock(page: Page, query: string) {
  const start = new Date('2026-01-05T09:00:00Z').getTime();
  await page.clock.install({ time: start });
  await page.clock.pauseAt(start + 1_000);
  await open(page, query);
}

/**
 * Lets the page finish what a timer's callback started: React renders a timer's state update in a task of its
 * scheduler (a MessageChannel message, which the fake clock leaves alone), so one more such task sees it committed.
 */
const settle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      }),
  );

test('advances by itself and asks nothing of any other origin', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  await open(page, '?interval=3');
  await expect(root(page)).toHaveAttribute('data-slide-index', '0');
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(1);
  await expect(root(page)).toHaveAttribute('data-slide-index', '1', { timeout: 6_000 });
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(1);
  expect(foreign).toEqual([]);
});

test('keys: arrows move, space pauses, Esc leaves', { tag: ONCE }, async ({ page }) => {
  await openOnHeldClock(page, '?interval=3');
  await page.keyboard.press('ArrowRight');
  await expect(root(page)).toHaveAttribute('data-slide-index', '1');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(root(page)).toHaveAttribute('data-slide-index', String(ALL_SLIDES - 1));
  await page.keyboard.press(' ');
  await expect(page.getByText('Paused')).toBeVisible();
  // Paused through ten intervals: still the same slide.
  await page.clock.runFor(30_000);
  await settle(page);
  await expect(root(page)).toHaveAttribute('data-slide-index', String(ALL_SLIDES - 1));
  await page.keyboard.press(' ');
  await expect(page.getByText('Paused')).toHaveCount(0);
  // Resumed, the slide gets its whole interval again, then moves on.
  await page.clock.runFor(2_900);
  await settle(page);
  await expect(root(page)).toHaveAttribute('data-slide-index', String(ALL_SLIDES - 1));
  await page.clock.runFor(100);
  await expect(root(page)).toHaveAttribute('data-slide-index', '0');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/$/);
});

test('the cursor hides at rest and the controls show on mouse move', { tag: ONCE }, async ({ page }) => {
  await openOnHeldClock(page, '?interval=3600');
  const controls = page.getByRole('navigation', { name: 'Slideshow' });
  await expect(controls).toBeHidden();
  await page.mouse.move(200, 200);
  await page.mouse.move(240, 260);
  await expect(controls).toBeVisible();
  await expect(controls.getByRole('button', { name: /Next/ })).toBeVisible();
  expect(await root(page).evaluate((el) => getComputedStyle(el).cursor)).not.toBe('none');
  // Three seconds at rest, not less.
  await page.clock.runFor(IDLE_MS - 100);
  await settle(page);
  await expect(controls).toBeVisible();
  await page.clock.runFor(100);
  await expect(controls).toBeHidden();
  expect(await root(page).evaluate((el) => getComputedStyle(el).cursor)).toBe('none');
  expect(await page.evaluate(() => getComputedStyle(document.elementFromPoint(240, 260)!).cursor)).toBe('none');
});

test('Tab brings the controls back and they stay while one holds the focus', { tag: ONCE }, async ({ page }) => {
  await openOnHeldClock(page, '?interval=3600');
  const controls = page.getByRole('navigation', { name: 'Slideshow' });
  await expect(controls).toBeHidden();
  await page.keyboard.press('Tab');
  await expect(controls).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(controls.locator(':focus')).toHaveCount(1);
  // Far past the three idle seconds the focused control is still there, and still focused.
  await page.clock.runFor(5 * IDLE_MS);
  await settle(page);
  await expect(controls).toBeVisible();
  await expect(controls.locator(':focus')).toHaveCount(1);
  // Once the focus leaves them, they go at the next rest.
  await page.locator('main').evaluate(() => (document.activeElement as HTMLElement).blur());
  await page.clock.runFor(IDLE_MS);
  await expect(controls).toBeHidden();
});

test('bad parameters fall back to the defaults', { tag: ONCE }, async ({ page }) => {
  await open(page, '?interval=-5&slides=<script>,nope&theme=purple');
  await expect(root(page)).toHaveAttribute('data-theme', 'dark');
  await expect(root(page)).toHaveAttribute('data-slide-count', String(ALL_SLIDES));
  await expect(page.locator('[class*="bar"][style*="animation-duration"]')).toHaveAttribute('style', /animation-duration:\s*20s/);
  await open(page, '?theme=light&slides=map,sectors');
  await expect(root(page)).toHaveAttribute('data-theme', 'light');
  await expect(root(page)).toHaveAttribute('data-slide-id', 'map');
  await expect(root(page)).toHaveAttribute('data-slide-count', '2');
});

test('filters apply to every slide and show as a caption', { tag: ONCE }, async ({ page }) => {
  await open(page, '?wave=2&interval=3600');
  const wave2 = data.factories.filter((f) => f.wave === 2).length;
  await expect(root(page)).toHaveAttribute('data-slide-count', String(SLIDE_FIGURES.length + wave2));
  await expect(page.getByText('Filtered: wave 2', { exact: true })).toBeVisible();
  await expect(page.locator('[data-kpi-value]').first()).toHaveText(String(wave2));
});

/** Everything the slide draws must be inside the viewport and nothing may scroll. */
async function layoutProblems(page: Page, minFont: number | null) {
  return page.evaluate((min) => {
    const problems: string[] = [];
    const se = document.scrollingElement!;
    if (se.scrollWidth > se.clientWidth || se.scrollHeight > se.clientHeight)
      problems.push(`page scrolls: ${se.scrollWidth}×${se.scrollHeight} in ${se.clientWidth}×${se.clientHeight}`);
    const slide = document.querySelector('section[data-slide]') as HTMLElement;
    if (slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1)
      problems.push(`slide clipped: ${slide.scrollWidth}×${slide.scrollHeight} in ${slide.clientWidth}×${slide.clientHeight}`);
    const w = window.innerWidth;
    const h = window.innerHeight;
    // SVG content is clipped to its <svg> by design: the <svg> box itself is what must fit.
    for (const el of slide.querySelectorAll(':not(svg *)')) {
      const r = el.getBoundingClientRect();
      if (!r.width && !r.height) continue;
      if (r.left < -1 || r.top < -1 || r.right > w + 1 || r.bottom > h + 1)
        problems.push(`${el.tagName}.${el.getAttribute('class')} outside the viewport: ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`);
    }
    if (min !== null) {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || !node.textContent?.trim() || el.closest('.visually-hidden, [hidden], script, style')) continue;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || style.display === 'none' || !el.getClientRects().length) continue;
        const size = el instanceof SVGElement ? el.getBoundingClientRect().height : parseFloat(style.fontSize);
        if (size < min) problems.push(`text under ${min} px (${size}): ${node.textContent.trim().slice(0, 40)}`);
      }
    }
    return problems;
  }, minFont);
}

const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
  { width: 1080, height: 1920 },
];

for (const screen of SCREENS) {
  test(`every slide fits ${screen.width}×${screen.height}${screen.width === 1920 ? ', text ≥ 20 px' : ''}`, { tag: ONCE }, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize(screen);
    await open(page, '?interval=3600');
    const problems: string[] = [];
    for (let i = 0; i < ALL_SLIDES; i += 1) {
      await expect(root(page)).toHaveAttribute('data-slide-index', String(i));
      const id = await root(page).getAttribute('data-slide-id');
      for (const p of await layoutProblems(page, screen.width === 1920 ? 20 : null)) problems.push(`${id}: ${p}`);
      await page.keyboard.press('ArrowRight');
    }
    expect(problems).toEqual([]);
  });
}

test('a new build is picked up at the next slide change, once', async ({ page }) => {
  // The server says a newer build is out, but keeps serving this page (a cache): one reload, then no more.
  let polls = 0;
  await page.route('**/present/version.json*', (route) => {
    polls += 1;
    return route.fulfill({ json: { version: 'a-newer-build' } });
  });
  let loads = 0;
  page.on('load', () => (loads += 1));
  await open(page, '?interval=3&poll=1');
  const marker = (value?: number) =>
    page.evaluate((v) => {
      const w = window as unknown as { marker?: number };
      if (v !== undefined) w.marker = v;
      return w.marker;
    }, value);
  await marker(1);
  await page.waitForEvent('load', { timeout: 10_000 });
  await expect(root(page)).toHaveAttribute('data-ready', 'true');
  expect(await marker()).toBeUndefined();
  expect(loads).toBe(2);

  // After the reload the poll still finds the newer version; two slide changes later there was no second reload.
  await marker(2);
  const pollsAtReload = polls;
  await expect.poll(() => polls, { timeout: 5_000 }).toBeGreaterThan(pollsAtReload);
  const reloadedAgain = page.waitForEvent('load', { timeout: 12_000 }).then(
    () => true,
    () => false,
  );
  const changedTwice = expect(root(page))
    .toHaveAttribute('data-slide-index', '2', { timeout: 12_000 })
    .then(() => false);
  expect(await Promise.race([reloadedAgain, changedTwice]), 'reloaded again').toBe(false);
  expect(await marker()).toBe(2);
  expect(loads).toBe(2);
});

for (const [theme, system, background, ink] of [
  ['light', 'dark', 'rgb(248, 247, 243)', 'rgb(22, 24, 27)'],
  ['dark', 'light', 'rgb(17, 20, 23)', 'rgb(236, 238, 240)'],
] as const) {
  test(`?theme=${theme} paints the show ${theme} on a screen whose system is ${system}: slide, text and chart`, { tag: ONCE }, async ({ page }) => {
    await page.emulateMedia({ colorScheme: system });
    await open(page, `?theme=${theme}&slides=map&interval=3600`);
    await expect(root(page)).toHaveCSS('background-color', background);
    await expect(root(page)).toHaveCSS('color', ink);
    const land = await root(page).locator('svg use').first().evaluate((p) => getComputedStyle(p).fill);
    expect(land).not.toBe('');
    await page.emulateMedia({ colorScheme: theme });
    await expect.poll(() => root(page).locator('svg use').first().evaluate((p) => getComputedStyle(p).fill)).toBe(land);
  });
}

test('in full screen the first Esc leaves full screen only; the next leaves the show', { tag: ONCE }, async ({ page }) => {
  await openOnHeldClock(page, '?interval=3600');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);
  await expect(page).toHaveURL(/\/present\?interval=3600$/);
  await expect(root(page)).toBeVisible();
  // Past the moment the browser's own Esc could arrive (the page's clock, moved by hand): the next Esc is the reader's.
  await page.clock.runFor(600);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/$/);
});
