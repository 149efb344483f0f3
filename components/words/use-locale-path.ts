'use client';

import { useLocale } from 'next-intl';
import { DEFAULT_LOCALE, isPageLocale, localePath } from '@/lib/i18n/locales';

/** Internal links in the page's language: "/factories/jaif" → "/de/factories/jaif" on a German page. */
export function useLocalePath(): (path: string) => string {
  const locale = useLocale();
  const page = isPageLocale(locale) ? locale : DEFAULT_LOCALE;
  return (path) => localePath(page, path);
}
