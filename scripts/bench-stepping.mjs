// The time control's cost on `/`: every month stepped through with the keyboard, with every chart of the page
// mounted, as a reader who scrolled down and came back would have them. For each step: the main thread's work (every
// task from the key until the figures have followed, Chromium's TaskDuration), the time from the key to the next
// painted frame (the Performance API in the page), and the long tasks (over 50 ms, PerformanceObserver 'longtask').
// On a busy machine every figure grows with the load: the bench prints the load average beside them.

/** Milliseconds a step may take on the main thread (issue #33, docs/performance.md). */
export const STEP_BUDGET_MS = 50;

import { median } from './median.mjs';

/** Scrolls to the end in steps, as a reader would, so every lazily mounted chart loads and mounts. */
export async function scrollToEnd(page) {
  for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(60);
  }
  await page.waitForLoadState('networkidle');
}

export async function stepThroughMonths(browser, origin) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  await scrollToEnd(page);
  const slider = page.locator('[data-time-control] input[type=range]');
  await slider.scrollIntoViewIfNeeded();
  await slider.focus();
  await page.keyboard.press('Home');
  await page.waitForTimeout(500);
  const months = Number(await slider.getAttribute('max'));
  await page.evaluate(() => {
    const state = { steps: [], longTasks: [] };
    window.__stepping = state;
    new PerformanceObserver((list) => state.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
    // The key's moment, then the end of the first frame after it (a task queued from the frame's callback runs after
    // its rendering): the step's whole main-thread time, with at most one frame's wait.
    document.addEventListener(
      'keydown',
      () => {
        const start = performance.now();
        requestAnimationFrame(() => setTimeout(() => state.steps.push(performance.now() - start)));
      },
      { capture: true },
    );
  });
  const output = page.locator('[data-time-control] output');
  // Chromium's own count of the main thread's task time (all tasks, any length), read before and after each step.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const work = [];
  for (let i = 1; i <= months; i++) {
    const before = await output.getAttribute('data-month');
    const busy = await taskSeconds();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      ([n, shown]) => window.__stepping.steps.length >= n && document.querySelector('[data-time-control] output')?.getAttribute('data-month') !== shown,
      [i, before],
    );
    // The figures follow in a deferred render: let it finish, as it would before a reader's next press.
    await page.waitForTimeout(250);
    work.push((await taskSeconds()) - busy);
  }
  const { steps, longTasks } = await page.evaluate(() => window.__stepping);
  await page.close();
  const ms = work.map((s) => s * 1000);
  return {
    steps: steps.length,
    median: median(ms),
    worst: Math.max(...ms),
    frameMedian: median(steps),
    frameWorst: Math.max(...steps),
    longTasks: longTasks.length,
    worstLongTask: longTasks.length ? Math.max(...longTasks) : 0,
  };
}
