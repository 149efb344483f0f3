'use client';

import { useTranslations } from 'next-intl';
import type { MapGeometry } from '@/lib/geo/europe';
import { countriesModel } from '@/lib/views/countries';
import type { MapMarker } from '@/lib/views/map-markers';
import { CountryMap } from '@/components/charts/country-map';
import { CountryTable } from '@/components/charts/country-table';
import { useFigure } from '@/components/site/use-figure';
import { EmbedTakeaway, EmbedTwin } from './embed-twin';

export function EmbedMap({ geometry, markers }: { geometry: MapGeometry; markers: MapMarker[] }) {
  const { view, model, say } = useFigure(countriesModel);
  const e = useTranslations('embed');
  const shown = new Set([...view.factories, ...view.antennas].map((x) => x.id));
  return (
    <>
      <EmbedTakeaway text={say(model.takeaway)} />
      <CountryMap
        geometry={geometry}
        markers={markers.filter((m) => shown.has(m.id))}
        roles={model.roles}
        selected={view.filters.countries}
        linkTarget="_blank"
      />
      <EmbedTwin summary={e('mapTwin')}>
        <CountryTable rows={model.rows} factories={view.data.factories} />
      </EmbedTwin>
    </>
  );
}
