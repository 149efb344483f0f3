'use client';

import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { MapGeometry } from '@/lib/geo/europe';
import { countriesModel, countryRoles } from '@/lib/views/countries';
import type { MapMarker } from '@/lib/views/map-markers';
import { ROW_HEIGHT } from '@/components/charts/chart-theme';
import { CountryMap } from '@/components/charts/country-map';
import { CountryTable } from '@/components/charts/country-table';
import { ModelBars } from '@/components/charts/lazy-charts';
import { Legend } from '@/components/charts/legend';
import { WhenVisible } from '@/components/charts/when-visible';
import { useFigure } from '@/components/site/use-figure';
import { ChartHeading, DataTwin, SectionFrame } from './section-frame';
import styles from './dashboard-sections.module.css';

export function CountrySpread({ geometry, markers, source }: { geometry: MapGeometry; markers: MapMarker[]; source: string }) {
  const { view, toggle, model, say, chart: words } = useFigure(countriesModel);
  const t = useTranslations('countrySpread');
  // Any country that takes part anywhere can be clicked, even when the view leaves it uncoloured.
  const clickable = useMemo(() => countryRoles(view.data.factories, view.data.antennas), [view.data]);
  const shown = new Set([...view.factories, ...view.antennas].map((x) => x.id));
  const onToggle = (code: string) => toggle('countries', code);
  return (
    <SectionFrame id="country-spread" title={t('title')} share={['map', 'countries']} takeaway={say(model.takeaway)} source={source}>
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
        <div id="country-bars-chart" data-chart>
          <ChartHeading title={t('barsTitle')} targetId="country-bars-chart" name="factories-per-country" source={source} />
          <Legend items={words.legend(model.bars.legend)} />
          <WhenVisible height={Math.max(120, model.bars.rows.length * ROW_HEIGHT.country + 40)} testId="country-bars">
            <ModelBars chart={model.bars} words={words} labels={112} gap={4} selected={view.filters.countries} onToggle={onToggle} />
          </WhenVisible>
        </div>
      </div>
      <DataTwin summary={t('twin')}>
        <CountryTable rows={model.rows} factories={view.data.factories} />
      </DataTwin>
    </SectionFrame>
  );
}
