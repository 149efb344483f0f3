'use client';

import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { MapOutline } from '@/lib/geo/europe';
import { countriesModel, countryRoles } from '@/lib/views/countries';
import type { MapMarker } from '@/lib/views/map-markers';
import { ROW_HEIGHT } from '@/components/charts/chart-theme';
import { CountryMap } from '@/components/charts/country-map';
import { CountryTable } from '@/components/charts/country-table';
import { Legend } from '@/components/charts/legend';
import { useFigure } from '@/components/state/use-figure';
import { BarsPanel } from './bars-panel';
import { ChartHeading, DataTwin, SectionFrame } from './section-frame';
import styles from './dashboard-sections.module.css';

export function CountrySpread({ geometry, markers, source }: { geometry: MapOutline; markers: MapMarker[]; source: string }) {
  const { view, toggle, model, say, chart: words } = useFigure(countriesModel);
  const t = useTranslations('countrySpread');
  // Any country that takes part anywhere can be clicked, even when the view leaves it uncoloured.
  const clickable = useMemo(() => countryRoles(view.data.factories, view.data.antennas), [view.data]);
  const shown = new Set([...view.factories, ...view.antennas].map((x) => x.id));
  const onToggle = (code: string) => toggle('countries', code);
  return (
    <SectionFrame id="country-spread" title={t('title')} takeaway={say(model.takeaway)} source={source}>
      <div className={styles.split}>
        <div id="country-map" data-chart>
          <ChartHeading title={t('mapTitle')} targetId="country-map" name="ai-factories-map" source={source} />
          <CountryMap
            geometry={geometry}
            markers={markers.filter((m) => shown.has(m.id))}
            roles={model.roles}
            clickable={clickable}
            selected={view.filters.countries}
            onToggle={onToggle}
          />
        </div>
        <BarsPanel
          id="country-bars-chart"
          title={t('barsTitle')}
          name="factories-per-country"
          source={source}
          chart={model.bars}
          words={words}
          labels={112}
          gap={4}
          rowHeight={ROW_HEIGHT.country}
          minHeight={120}
          testId="country-bars"
          selected={view.filters.countries}
          onToggle={onToggle}
          before={<Legend items={words.legend(model.bars.legend)} />}
        />
      </div>
      <DataTwin summary={t('twin')}>
        <CountryTable rows={model.rows} factories={view.data.factories} />
      </DataTwin>
    </SectionFrame>
  );
}
