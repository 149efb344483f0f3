// The dashboard's sections below the filters, one per section of the figure registry (lib/figures/registry.ts): the
// page lays them out in the registry's order. A new section is one line here; TypeScript names a missing one.
import type { SectionId } from '@/lib/figures/registry';
import type { MapOutline } from '@/lib/geo/europe';
import type { MapMarker } from '@/lib/views/map-markers';
import { FactoryTable } from '@/components/table/factory-table';
import { Compute } from './compute';
import { CountrySpread } from './country-spread';
import { Funding } from './funding';
import { SectionFrame } from './section-frame';
import { SectorCoverage } from './sector-coverage';
import { Plans } from './plans';
import { Timeline } from './timeline';

export interface SectionContext {
  map: { geometry: MapOutline; markers: MapMarker[] };
  /** "Source: …, as of <date>" for the `dashboard` message naming what the section counts. */
  source: (what: string) => string;
  /** The page's `dashboard` messages. */
  t: (key: string) => string;
}

export const DASHBOARD_SECTIONS: Record<SectionId, (ctx: SectionContext) => React.ReactNode> = {
  'country-spread': ({ map, source }) => <CountrySpread geometry={map.geometry} markers={map.markers} source={source('sourceCountries')} />,
  'sector-coverage': ({ source }) => <SectorCoverage source={source('sourceSectors')} />,
  funding: ({ source }) => <Funding source={source('sourceFunding')} />,
  compute: ({ source }) => <Compute source={source('sourceCompute')} />,
  timeline: ({ source }) => <Timeline source={source('sourceTimeline')} />,
  plans: ({ source }) => <Plans source={source('sourcePlans')} />,
  'all-factories': ({ t }) => (
    <SectionFrame id="all-factories" title={t('allFactories')}>
      <FactoryTable />
    </SectionFrame>
  ),
};
