import { NextIntlClientProvider } from 'next-intl';
import { pickMessages } from '@/i18n/messages';
import type { Dataset } from '@/lib/data/schema';
import type { PageLocale } from '@/lib/i18n/locales';
import { FilteredViewProvider } from './filtered-view';

/**
 * What every page that draws figures in the browser (the dashboard, the embeds, screen mode) wraps them in: the
 * messages its islands say, in its language only, and the one filtered view of the dataset they draw from.
 */
export function FigureProviders({ locale, namespaces, data, children }: { locale: PageLocale; namespaces: readonly string[]; data: Dataset; children: React.ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} messages={pickMessages(locale, namespaces)}>
      <FilteredViewProvider data={data}>{children}</FilteredViewProvider>
    </NextIntlClientProvider>
  );
}
