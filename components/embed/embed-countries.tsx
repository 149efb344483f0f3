'use client';

// The country spread figure alone, as its two embeds draw it: the map, and the bars per country. Both end with the
// same table twin.
import { useTranslations } from 'next-intl';
import type { MapOutline } from '@/lib/geo/europe';
import { countriesModel, type CountriesModel } from '@/lib/views/countries';
import type { MapMarker } from '@/lib/views/map-markers';
import { Bars } from '@/components/charts/bars';
import { CountryMap } from '@/components/charts/country-map';
import { CountryTable } from '@/components/charts/country-table';
import { Legend } from '@/components/charts/legend';
import { useFigure } from '@/components/state/use-figure';
import type { FilteredView } from '@/lib/views/filtered';
import { EmbedTakeaway, EmbedTwin } from './embed-twin';

function CountriesTwin({ summary, model, view }: { summary: string; model: CountriesModel; view: FilteredView }) {
  return (
    <EmbedTwin summary={summary}>
      <CountryTable rows={model.rows} factories={view.data.factories} />
    </EmbedTwin>
  );
}

export function EmbedCountries() {
  const { view, model, say, chart: words } = useFigure(countriesModel);
  const t = useTranslations('countrySpread');
  const e = useTranslations('embed');
  return (
    <>
      <EmbedTakeaway text={say(model.takeaway)} />
      <Legend items={words.legend(model.bars.legend)} />
      <Bars chart={model.bars} words={words} layout="inline" label={e('countriesBars')} />
      <CountriesTwin summary={t('twin')} model={model} view={view} />
    </>
  );
}

export function EmbedMap({ geometry, markers }: { geometry: MapOutline; markers: MapMarker[] }) {
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
      <CountriesTwin summary={e('mapTwin')} model={model} view={view} />
    </>
  );
}
