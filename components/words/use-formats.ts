'use client';

import { useLocale, useTranslations } from 'next-intl';
import { formatsFor, type Formats } from '@/lib/i18n/format';
import { intlLocale, isPageLocale } from '@/lib/i18n/locales';

/** The page language's formatters in a client island (its provider must pass the `format` namespace). */
export function useFormats(): Formats {
  const locale = useLocale();
  const t = useTranslations('format');
  return formatsFor(isPageLocale(locale) ? intlLocale(locale) : 'en', {
    notDisclosed: t('notDisclosed'),
    decimal: t('decimal'),
    over: t('over', { value: '{value}' }),
    quote: t('quote', { value: '{value}' }),
    billions: t('billions', { value: '{value}' }),
    millions: t('millions', { value: '{value}' }),
    monthsShort: t('monthsShort'),
    monthYear: t('monthYear', { month: '{month}', year: '{year}' }),
  });
}
