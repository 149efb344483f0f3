import { EMBED_BODIES } from '@/components/embed/embed-bodies';
import { EmbedPage } from '@/components/embed/embed-page';
import { pageIntl } from '@/i18n/server';
import { FILTER_EMBED_VIEWS, isEmbedView, type FilterEmbedView } from '@/lib/url/embed';
import type { PageLocale } from '@/lib/i18n/locales';
import { oembedAlternate } from '@/lib/url/oembed';
import { localizedDataset } from '../localized-dataset';
import { socialMetadata } from '../page-metadata';
import { siteMap } from '../site-map';

/** The dashboard's views; the comparison has a route of its own (embed/compare), so its code loads only there. */
export function embedParams() {
  return FILTER_EMBED_VIEWS.map((view) => ({ view }));
}

export async function embedMetadata(locale: PageLocale, view: string) {
  const { t } = await pageIntl(locale, 'embed');
  if (!isEmbedView(view)) return {};
  const title = t(`title_${view}`);
  const meta = await pageIntl(locale, 'meta');
  const siteName = meta.t('siteTitle');
  return {
    title,
    ...socialMetadata(locale, `/embed/${view}`, { title, description: meta.t('description'), siteName }),
    // An embed is a fragment of the dashboard: search engines should send readers to the dashboard itself.
    robots: { index: false, follow: true },
    // oEmbed discovery: an editor given this page's address finds the embed code here (lib/url/oembed.ts).
    alternates: { types: oembedAlternate(view, locale, title) },
  };
}

/** One view of the dashboard alone, in one language, for an iframe (`/embed/map`, `/de/embed/map`). */
export async function EmbedRoute({ locale, view }: { locale: PageLocale; view: FilterEmbedView }) {
  const data = await localizedDataset(locale);
  const map = await siteMap(locale, data);
  return (
    <EmbedPage locale={locale} data={data} view={view}>
      {EMBED_BODIES[view]({ map })}
    </EmbedPage>
  );
}
