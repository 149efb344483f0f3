import { oembedFile, oembedFiles } from '@/app/_pages/embed/oembed-route';
import { routeLocale } from '@/i18n/server';
import { prefixedLocales } from '@/lib/i18n/locales';

// The oEmbed responses of the embeds in the other languages: /de/oembed/<view>.json.
export const dynamic = 'force-static';
export const dynamicParams = false;

// Both segments: a route handler does not take the locales from the [locale] layout's generateStaticParams.
export function generateStaticParams() {
  return prefixedLocales(process.env.PSEUDO_LOCALE === '1').flatMap((locale) => oembedFiles().map((file) => ({ locale, ...file })));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/oembed/[file]'>) {
  const { locale, file } = await params;
  return oembedFile(routeLocale(locale), file);
}
