// Links that show what they point to: an Open Graph reader (open-graph-scraper, as a chat app or a CMS reads a pasted
// link) finds a title, a description and a 1200×630 PNG on each kind of page, and the image says its page's words
// in its page's language (the words it draws are in its iTXt text, lib/export/png-text.ts).
import { expect, test, type APIRequestContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import ogs from 'open-graph-scraper';
import { readPngText } from '../lib/export/png-text';
import { LOCALES } from '../lib/i18n/locales';
import { readDataset } from './helpers';

const data = readDataset();
const messages = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, Record<string, string>>;
const el = messages('el');
const en = messages('en');
const factory = data.factories.find((f) => f.id === 'litai')!;

/** The page's tags as the reader library sees them, and its image fetched and read. */
async function preview(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const { result } = await ogs({ html });
  const image = result.ogImage?.[0];
  expect(image, `${path}: og:image`).toBeDefined();
  const response = await request.get(new URL(image!.url).pathname);
  expect(response.status(), image!.url).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = new Uint8Array(await response.body());
  const view = new DataView(png.buffer, png.byteOffset);
  return { result, image: image!, size: { width: view.getUint32(16), height: view.getUint32(20) }, text: readPngText(png).Description ?? '' };
}

/** The key figure's count and label as the image writes them: the plural message's `other` form (19 factories). */
const factoriesFigure = (message: string) => `${data.factories.length} ${/other \{([^}]*)\}/.exec(message)![1]}`;

const CASES = [
  { path: '/', title: en.meta!.siteTitle!, words: [en.meta!.siteTitle!, factoriesFigure(en.kpis!.factories!)] },
  { path: `/factories/${factory.id}`, title: `${factory.name} · EU AI Factories`, words: [factory.name, 'Vilnius University · Vilnius, Lithuania'] },
  { path: '/compare', title: `${en.meta!.compareTitle} · EU AI Factories`, words: [en.meta!.compareTitle!] },
  { path: '/embed/map', title: en.embed!.title_map!, words: [en.embed!.title_map!] },
  { path: '/el', title: el.meta!.siteTitle!, words: [el.meta!.siteTitle!, factoriesFigure(el.kpis!.factories!)] },
];

for (const { path, title, words } of CASES) {
  test(`${path}: a title, a description and a 1200×630 preview in the page's language, with the data's date`, async ({ request }) => {
    const { result, image, size, text } = await preview(request, path);
    expect(result.ogTitle).toBe(title);
    expect(result.ogDescription?.length).toBeGreaterThan(40);
    expect(result.twitterCard).toBe('summary_large_image');
    expect([image.width, image.height].map(Number)).toEqual([1200, 630]);
    expect(size).toEqual({ width: 1200, height: 630 });
    for (const word of words) expect(text).toContain(word);
    const date = new Intl.DateTimeFormat(path === '/el' ? 'el' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(data.asOf));
    expect(text).toContain(date.replace(/^0/, ''));
  });
}

test('every language has its own images, in its own script (Greek, Bulgarian Cyrillic, Latin with its accents)', async ({ request }) => {
  for (const locale of LOCALES) {
    const prefix = locale === 'en' ? '' : `/${locale}`;
    const { text } = await preview(request, `${prefix}/factories/${factory.id}`);
    expect(text, locale).toContain(messages(locale).site!.brand!);
  }
});
