// Server-side helpers for a page in one language: next-intl's static-rendering setup and the page's formatters.
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { formatsFor, type FormatWords, type Formats } from '@/lib/i18n/format';
import { DEFAULT_LOCALE, intlLocale, isPageLocale, type PageLocale } from '@/lib/i18n/locales';
import { rawMessages } from './messages';

/** The route's `[locale]` segment as a page locale; generateStaticParams and dynamicParams=false allow no other. */
export function routeLocale(segment: string): PageLocale {
  return isPageLocale(segment) ? segment : DEFAULT_LOCALE;
}

export function formatsOf(locale: PageLocale): Formats {
  const words = rawMessages(locale).format as unknown as FormatWords;
  return formatsFor(intlLocale(locale), words);
}

/** Call first in every layout and page: tells next-intl the locale of this prerendered route. */
export async function pageIntl(locale: PageLocale, namespace: string) {
  setRequestLocale(locale);
  return { t: await getTranslations({ locale, namespace }), fmt: formatsOf(locale) };
}
