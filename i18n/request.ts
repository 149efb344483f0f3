// next-intl's request configuration, for server components. There is no proxy: the locale comes from
// `setRequestLocale` (each layout and page calls it with its route's locale), English when none is set.
import { getRequestConfig } from 'next-intl/server';
import { DEFAULT_LOCALE, isPageLocale } from '@/lib/i18n/locales';
import { loadMessages } from './messages';

export default getRequestConfig(async ({ locale, requestLocale }) => {
  const asked = locale ?? (await requestLocale);
  const resolved = asked && isPageLocale(asked) ? asked : DEFAULT_LOCALE;
  return { locale: resolved, messages: loadMessages(resolved) };
});
