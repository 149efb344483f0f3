// The theme toggle: it follows the system until the reader picks, remembers the pick across pages and visits (applied
// before first paint by the inline script of app/theme-init.ts), and never reaches an embed, whose theme is its URL's.
import { expect, test } from '@playwright/test';
import { afterHydration, openBeforeHydration } from './helpers';

const html = (page: import('@playwright/test').Page) => page.locator('html');

test.describe('on a light system', () => {
  test.use({ colorScheme: 'light' });

  test('the toggle switches the theme and the choice is kept, before any script of ours runs', async ({ page }) => {
    await page.goto('/about');
    await expect(html(page)).not.toHaveAttribute('data-theme');
    const toggle = page.getByRole('button', { name: 'Switch to dark theme' });
    await toggle.click();
    await expect(html(page)).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');

    // Another page, its JavaScript held back: the inline script in <head> has applied the choice already.
    const release = await openBeforeHydration(page, '/find');
    await expect(html(page)).toHaveAttribute('data-theme', 'dark');
    release();
    await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();

    // Back to light, and that is kept too.
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    await expect(html(page)).toHaveAttribute('data-theme', 'light');
    await page.reload();
    await expect(html(page)).toHaveAttribute('data-theme', 'light');
  });

  test('an embed takes its theme from its URL, not from the choice made on the site', async ({ page }) => {
    await page.goto('/about');
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect(html(page)).toHaveAttribute('data-theme', 'dark');
    for (const path of ['/embed/kpis', '/de/embed/kpis']) {
      await page.goto(path);
      // Looked at once the page's scripts have run, when a theme kept by the site would have been applied.
      await afterHydration(page);
      await expect(html(page), path).not.toHaveAttribute('data-theme');
      await page.goto(`${path}?theme=light`);
      await expect(html(page), path).toHaveAttribute('data-theme', 'light');
    }
  });
});

test.describe('on a dark system', () => {
  test.use({ colorScheme: 'dark' });

  test('the toggle offers the light theme until a choice is made', async ({ page }) => {
    await page.goto('/');
    await afterHydration(page);
    await expect(html(page)).not.toHaveAttribute('data-theme');
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    await expect(html(page)).toHaveAttribute('data-theme', 'light');
    await expect(page.getByRole('button', { name: 'Switch to dark theme' })).toBeVisible();
  });
});
