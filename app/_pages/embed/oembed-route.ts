import { getTranslations } from 'next-intl/server';
import { EMBED_VIEWS, isEmbedView } from '@/lib/url/embed';
import type { PageLocale } from '@/lib/i18n/locales';
import { oembedResponse } from '@/lib/url/oembed';
import { siteOrigin } from '@/lib/site/site';

/** `map.json`, …: the segment holds the whole file name, since a segment cannot be a parameter followed by ".json". */
export function oembedFiles() {
  return EMBED_VIEWS.map((view) => ({ file: `${view}.json` }));
}

/** One view's oEmbed response in one language, written at build time (SITE_URL gives the absolute addresses). */
export async function oembedFile(locale: PageLocale, file: string): Promise<Response> {
  const view = file.replace(/\.json$/, '');
  if (!isEmbedView(view) || file !== `${view}.json`) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'embed' });
  const meta = await getTranslations({ locale, namespace: 'meta' });
  return Response.json(oembedResponse(siteOrigin(), view, locale, { title: t(`title_${view}`), provider: meta('siteTitle') }));
}
