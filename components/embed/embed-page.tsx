import { browserDataset } from '@/lib/data/browser-dataset';
import { figureNamespaces } from '@/lib/figures/registry';
import type { EmbedView } from '@/lib/url/embed';
import type { PageLocale } from '@/lib/i18n/locales';
import type { Dataset } from '@/lib/data/schema';
import { FigureProviders } from '@/components/state/figure-providers';
import { EmbedFrame } from './embed-frame';

/** The comparison's table words its rows as the factory pages do. */
const COMPARE_NAMESPACES = ['compare', 'factory', 'status', 'compute'];

/** What an embed's islands say: its own words and its figure's (lib/figures/registry.ts), in the page's language only. */
function namespaces(view: EmbedView): string[] {
  return view === 'compare' ? figureNamespaces([], ['embed', ...COMPARE_NAMESPACES]) : figureNamespaces([view], ['embed', 'time']);
}

/** The filters come from the iframe's URL, read in the browser as on the dashboard (the page is prerendered). */
export function EmbedPage({ locale, data, view, children }: { locale: PageLocale; data: Dataset; view: EmbedView; children: React.ReactNode }) {
  return (
    <FigureProviders locale={locale} namespaces={namespaces(view)} data={browserDataset(data)}>
      <EmbedFrame view={view}>{children}</EmbedFrame>
    </FigureProviders>
  );
}
