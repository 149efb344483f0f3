// What the parent page of e2e/embed-parent.ts has seen: every message it received, and its iframe's height.
import type { Page } from '@playwright/test';
import { HEIGHT_MESSAGE } from '../lib/url/embed';

export interface Message {
  origin: string;
  data: { type?: string; view?: string; height?: number };
}

export const messages = (page: Page) => page.evaluate(() => (window as unknown as { messages: Message[] }).messages);

/** The height messages received, in order. */
export const heights = async (page: Page) => (await messages(page)).filter((m) => m.data?.type === HEIGHT_MESSAGE);

/** The rendered height of the parent's first iframe, in whole pixels. */
export const frameHeight = (page: Page) => page.locator('iframe').first().evaluate((f) => Math.round(f.getBoundingClientRect().height));
