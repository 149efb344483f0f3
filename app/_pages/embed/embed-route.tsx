import { EmbedCountries, EmbedMap } from '@/components/embed/embed-countries';
import { EmbedFunding } from '@/components/embed/embed-funding';
import { EmbedPage } from '@/components/embed/embed-page';
import { EmbedSectors } from '@/components/embed/embed-sectors';
import { EmbedTimeline } from '@/components/embed/embed-timeline';
import { KpiStrip } from '@/components/dashboard/kpi-strip';
import { FactoryTable } from '@/components/table/factory-table';
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
  const { geometry, markers } = await siteMap(locale, data);
  const body: Record<FilterEmbedView, React.ReactNode> = {
    kpis: <KpiStrip />,
    map: <EmbedMap geometry={geometry} markers={markers} />,
    countries: <EmbedCountries />,
    sectors: <EmbedSectors />,
    funding: <EmbedFunding />,
    timeline: <EmbedTimeline />,
    table: <FactoryTable />,
  };
  return (
    <EmbedPage locale={locale} data={data} view={view}>
      {body[view]}
    </EmbedPage>
  );
}
