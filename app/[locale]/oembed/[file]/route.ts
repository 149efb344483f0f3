import { oembedFile, oembedFiles } from '@/app/_pages/embed/oembed-route';
import { routeLocale } from '@/i18n/server';

// The oEmbed responses of the embeds in the other languages: /de/oembed/<view>.json; the locales come from the
// [locale] layout's generateStaticParams.
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = oembedFiles;

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/oembed/[file]'>) {
  const { locale, file } = await params;
  return oembedFile(routeLocale(locale), file);
}
