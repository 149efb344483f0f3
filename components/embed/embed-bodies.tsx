// What each embed route (/embed/<figure>) shows, one line per embeddable figure of the registry
// (lib/figures/registry.ts); TypeScript names a missing one.
import type { EmbedFigure } from '@/lib/figures/registry';
import type { MapOutline } from '@/lib/geo/europe';
import type { MapMarker } from '@/lib/views/map-markers';
import { KpiStrip } from '@/components/dashboard/kpi-strip';
import { EmbedCompute, EmbedCountries, EmbedFunding, EmbedMap, EmbedPlans, EmbedSectors, EmbedTimeline, FactoryTable } from './lazy-embeds';

export interface EmbedContext {
  map: { geometry: MapOutline; markers: MapMarker[] };
}

export const EMBED_BODIES: Record<EmbedFigure, (ctx: EmbedContext) => React.ReactNode> = {
  kpis: () => <KpiStrip />,
  map: ({ map }) => <EmbedMap geometry={map.geometry} markers={map.markers} />,
  countries: () => <EmbedCountries />,
  sectors: () => <EmbedSectors />,
  funding: () => <EmbedFunding />,
  compute: () => <EmbedCompute />,
  timeline: () => <EmbedTimeline />,
  plans: () => <EmbedPlans />,
  table: () => <FactoryTable />,
};
