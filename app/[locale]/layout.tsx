import { RootDocument, rootMetadata } from '@/app/_pages/root-document';
import { routeLocale } from '@/i18n/server';
import { prefixedLocales } from '@/lib/i18n/locales';

export { viewport } from '@/app/_pages/root-document';

// Only the languages of this build: any other first segment is a 404, not a page in an unknown language.
export const dynamicParams = false;

export function generateStaticParams() {
  return prefixedLocales(process.env.PSEUDO_LOCALE === '1').map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>) {
  return rootMetadata(routeLocale((await params).locale));
}

export default async function LocaleRootLayout({ children, params }: LayoutProps<'/[locale]'>) {
  return <RootDocument locale={routeLocale((await params).locale)}>{children}</RootDocument>;
}
