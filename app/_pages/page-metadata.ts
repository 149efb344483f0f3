import type { Metadata } from 'next';
import { pageIntl } from '@/i18n/server';
import { isLocale, LOCALES, localePath, type PageLocale } from '@/lib/i18n/locales';
import { OG_SIZE, ogImagePath, ogSubjectOf } from '@/lib/url/og';

/**
 * A page's title and description, with the same page in every language as hreflang alternates (English is
 * also x-default: it is what a reader of any other language gets). The pseudo-locale is a test page: noindex.
 */
export async function pageMetadata(locale: PageLocale, path: string, fields: { title?: string; description?: string }): Promise<Metadata> {
  const languages: Record<string, string> = Object.fromEntries(LOCALES.map((l) => [l, localePath(l, path)]));
  languages['x-default'] = localePath('en', path);
  const { t } = await pageIntl(locale, 'meta');
  const siteName = t('siteTitle');
  const social = socialMetadata(locale, path, {
    title: fields.title ? t('titleTemplate', { title: fields.title }) : siteName,
    description: fields.description ?? t('description'),
    siteName,
  });
  return {
    ...fields,
    ...social,
    alternates: { canonical: localePath(locale, path), languages },
    ...((LOCALES as readonly string[]).includes(locale) ? {} : { robots: { index: false } }),
  };
}

/**
 * What a link pasted into a chat, a social network or a CMS shows: the page's title and description and its 1200×630
 * preview in the page's language (app/og), as Open Graph and Twitter card tags. A filtered link gets the page's own:
 * a static site has one file per page, whatever the query.
 */
export function socialMetadata(locale: PageLocale, path: string, fields: { title: string; description: string; siteName: string }): Metadata {
  const subject = ogSubjectOf(path);
  const images = subject ? [{ url: ogImagePath(isLocale(locale) ? locale : 'en', subject), ...OG_SIZE, alt: fields.title, type: 'image/png' }] : [];
  return {
    openGraph: { type: 'website', url: localePath(locale, path), title: fields.title, description: fields.description, siteName: fields.siteName, locale, images },
    // Twitter and X read og:title, og:description and og:image when their own are absent: only the card's size is theirs.
    twitter: { card: 'summary_large_image' },
  };
}
