import { PresentShow, type PresentMap } from '@/components/present/present-show';
import { FigureProviders } from '@/components/state/figure-providers';
import { pageIntl } from '@/i18n/server';
import { browserDataset } from '@/lib/data/browser-dataset';
import { slideNamespaces } from '@/lib/figures/registry';
import type { PageLocale } from '@/lib/i18n/locales';
import { localizedDataset } from '../localized-dataset';
import { siteMap } from '../site-map';
import { pageMetadata } from '../page-metadata';
import { presentVersion } from './version';

export async function presentMetadata(locale: PageLocale) {
  const { t } = await pageIntl(locale, 'meta');
  return pageMetadata(locale, '/present', { title: t('presentTitle'), description: t('presentDescription') });
}

/**
 * Runs before the slide is parsed: a query string may pick another first slide, theme or filter than the static
 * HTML shows, so the slide stays hidden until hydration then (present-show.module.css); without one, the server's
 * first slide is the right one and paints at once.
 */
const QUERY_FLAG = "if(location.search.length>1)document.documentElement.setAttribute('data-present-query','')";

/** Static: every figure is computed in the browser from this snapshot, so filters in the URL need no server. */
export async function PresentPage({ locale }: { locale: PageLocale }) {
  const data = await localizedDataset(locale);
  const { geometry, markers } = await siteMap(locale, data);
  // The screen draws dots, not the page's labelled markers: their positions, by id, are all it needs.
  const map: PresentMap = {
    outline: geometry,
    points: Object.fromEntries(markers.map((m) => [m.id, [m.x, m.y]])),
  };
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: QUERY_FLAG }} />
      <FigureProviders locale={locale} namespaces={slideNamespaces()} data={browserDataset(data, 'screen')}>
        <PresentShow map={map} version={presentVersion()} />
      </FigureProviders>
    </>
  );
}
