import { ogImage } from '@/app/_pages/og/og-image';
import { routeLocale } from '@/i18n/server';
import { loadDataset } from '@/lib/data/dataset';
import { isLocale, LOCALES } from '@/lib/i18n/locales';
import { ogFiles, parseOgFile } from '@/lib/url/og';

// Every page's preview image in every language (/og/el/factory-pharos.png), written at build time: the static export
// has them as files, and nothing is drawn when a page is shared. The pseudo-locale's pages name the English image.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  const files = ogFiles(loadDataset().factories.map((f) => f.id));
  return LOCALES.flatMap((locale) => files.map((file) => ({ locale, file })));
}

export async function GET(_request: Request, { params }: RouteContext<'/og/[locale]/[file]'>) {
  const { locale, file } = await params;
  const subject = parseOgFile(file);
  if (!subject || !isLocale(locale)) return new Response('Not found', { status: 404 });
  return ogImage(routeLocale(locale), subject);
}
