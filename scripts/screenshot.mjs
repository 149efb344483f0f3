// Takes screenshots to look at: node scripts/screenshot.mjs <url> <WxH> <out.png> [dark|light] [--viewport|<css selector>]
import { chromium } from '@playwright/test';
import { chromiumLaunch } from './chromium.mjs';

const [url, size = '1440x900', out = 'screenshots/shot.png', theme = 'light', mode] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const browser = await chromium.launch(chromiumLaunch);
// The pages' own policy would refuse the style this tool injects to paint sections not yet scrolled to.
const page = await browser.newPage({ viewport: { width, height }, colorScheme: theme === 'dark' ? 'dark' : 'light', bypassCSP: true });
page.on('console', (msg) => msg.type() === 'error' && console.error('console error:', msg.text()));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(800);
if (mode !== '--viewport') {
  for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += height) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(150);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(500);
}
// A full-page capture paints sections the reader has not scrolled to, which the page leaves to the viewport.
if (mode !== '--viewport') await page.addStyleTag({ content: '*{content-visibility:visible!important}' });
if (mode && mode !== '--viewport') {
  // Charts mount when they come into view: scroll there and give them a moment.
  await page.locator(mode).first().scrollIntoViewIfNeeded();
  await page.waitForTimeout(1500);
  await page.locator(mode).first().screenshot({ path: out });
}
else await page.screenshot({ path: out, fullPage: mode !== '--viewport' });
await browser.close();
console.log(out);
