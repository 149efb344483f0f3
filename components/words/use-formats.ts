'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { formatsFor, type Formats } from '@/lib/i18n/format';
import type { IntlWords } from '@/lib/i18n/intl-words';
import { intlLocale, isPageLocale } from '@/lib/i18n/locales';

/** The words Intl gave the server for this language (i18n/messages.ts), where the page has them. */
function intlWordsOf(t: ReturnType<typeof useTranslations<'format'>>): Partial<IntlWords> {
  const words: Partial<IntlWords> = {};
  if (t.has('dayPattern')) {
    words.dayPattern = t('dayPattern', { day: '{day}', month: '{month}', year: '{year}' });
    words.monthPattern = t('monthPattern', { month: '{month}', year: '{year}' });
    words.monthsOfDay = t('monthsOfDay');
    words.monthsAlone = t('monthsAlone');
    words.countryNames = t('countryNames');
    words.eurPattern = t('eurPattern', { n: '{n}' });
  }
  if (t.has('listPair')) {
    words.listPair = t('listPair');
    words.listMiddle = t('listMiddle');
    words.listEnd = t('listEnd');
  }
  return words;
}

/** The page language's formatters in a client island (its provider must pass the `format` namespace). */
export function useFormats(): Formats {
  const locale = useLocale();
  const t = useTranslations('format');
  // Once per island, not on each render: the words (country names among them) make a long cache key, and every
  // figure renders again at each step of the time control.
  return useMemo(
    () =>
      formatsFor(isPageLocale(locale) ? intlLocale(locale) : 'en', {
        ...intlWordsOf(t),
        notDisclosed: t('notDisclosed'),
        over: t('over', { value: '{value}' }),
        quote: t('quote', { value: '{value}' }),
        billions: t('billions', { value: '{value}' }),
        millions: t('millions', { value: '{value}' }),
        monthsShort: t('monthsShort'),
        monthYear: t('monthYear', { month: '{month}', year: '{year}' }),
      }),
    [locale, t],
  );
}
