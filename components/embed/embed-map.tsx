'use client';

import { useTranslations } from 'next-intl';
import { countryRoleMap, countrySpread } from '@/lib/views/aggregate';
import type { MapGeometry } from '@/lib/geo/europe';
import type { MapMarker } from '@/lib/views/map-markers';
import { CountryMap } from '@/components/charts/country-map';
import { CountryTable } from '@/components/charts/country-table';
import { useDashboard } from '@/components/dashboard/dashboard-context';
import { EmbedTwin } from './embed-twin';

export function EmbedMap({ geometry, markers }: { geometry: MapGeometry; markers: MapMarker[] }) {
  const { data, factories, antennas, filters } = useDashboard();
  const e = useTranslations('embed');
  const shown = new Set([...factories, ...antennas].map((x) => x.id));
  return (
    <>
      <CountryMap
        geometry={geometry}
        markers={markers.filter((m) => shown.has(m.id))}
        roles={countryRoleMap(factories, antennas)}
        selected={filters.countries}
        linkTarget="_blank"
      />
      <EmbedTwin summary={e('mapTwin')}>
        <CountryTable rows={countrySpread(factories, antennas)} names={new Map(data.factories.map((f) => [f.id, f.name]))} />
      </EmbedTwin>
    </>
  );
}
