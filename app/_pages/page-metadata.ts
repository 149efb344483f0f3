import type { Metadata } from 'next';
import { LOCALES, localePath, type PageLocale } from '@/lib/i18n/locales';

/**
 * A page's title and description, with the same page in every language as hreflang alternates (English is
 * also x-default: it is what a reader of any other language gets). The pseudo-locale is a test page: noindex.
 */
export function pageMetadata(locale: PageLocale, path: string, fields: { title?: string; description?: string }): Metadata {
  const languages: Record<string, string> = Object.fromEntries(LOCALES.map((l) => [l, localePath(l, path)]));
  languages['x-default'] = localePath('en', path);
  return {
    ...fields,
    alternates: { canonical: localePath(locale, path), languages },
    ...((LOCALES as readonly string[]).includes(locale) ? {} : { robots: { index: false } }),
  };
}
