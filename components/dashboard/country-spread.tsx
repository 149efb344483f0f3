'use client';

import { useTranslations } from 'next-intl';
import { countryRoleMap, countrySpread } from '@/lib/views/aggregate';
import type { MapGeometry } from '@/lib/geo/europe';
import type { MapMarker } from '@/lib/views/map-markers';
import { countryTakeaway } from '@/lib/views/takeaways';
import { useFormats } from '@/components/site/use-formats';
import { ROW_HEIGHT, SERIES } from '@/components/charts/chart-theme';
import { CountryMap } from '@/components/charts/country-map';
import { useDashboard } from './dashboard-context';
import { CountryBars } from '@/components/charts/lazy-charts';
import { CountryTable } from '@/components/charts/country-table';
import { Legend } from '@/components/charts/legend';
import { WhenVisible } from '@/components/charts/when-visible';
import { ChartHeading, DataTwin, SectionFrame } from './section-frame';
import styles from './dashboard-sections.module.css';

export function CountrySpread({ geometry, markers, source }: { geometry: MapGeometry; markers: MapMarker[]; source: string }) {
  const { factories, antennas, toggle, data, filters } = useDashboard();
  const t = useTranslations('countrySpread');
  const takeaways = useTranslations('takeaways');
  const fmt = useFormats();
  // Country names in the page's language; the order stays the aggregate's (by role, then count).
  const rows = countrySpread(factories, antennas).map((r) => ({ ...r, name: fmt.countryName(r.country) }));
  const barRows = rows.filter((r) => r.hosted + r.partnerIn > 0);
  const name = new Map(data.factories.map((f) => [f.id, f.name]));
  const shown = new Set([...factories, ...antennas].map((x) => x.id));
  return (
    <SectionFrame id="country-spread" title={t('title')} share={['map', 'countries']} takeaway={countryTakeaway(rows, { t: takeaways, fmt })} source={source}>
      <div className={styles.split}>
        <div id="country-map" data-chart>
          <ChartHeading title={t('mapTitle')} targetId="country-map" name="ai-factories-map" source={source} />
          <CountryMap
            geometry={geometry}
            markers={markers.filter((m) => shown.has(m.id))}
            roles={countryRoleMap(factories, antennas)}
            clickable={countryRoleMap(data.factories, data.antennas)}
            selected={filters.countries}
            onToggle={(code) => toggle('countries', code)}
          />
        </div>
        <div id="country-bars-chart" data-chart>
          <ChartHeading title={t('barsTitle')} targetId="country-bars-chart" name="factories-per-country" source={source} />
          <Legend
            items={[
              { label: t('hosts'), color: SERIES.host },
              { label: t('joins'), color: SERIES.partner },
            ]}
          />
          <WhenVisible height={Math.max(120, barRows.length * ROW_HEIGHT.country + 40)} testId="country-bars">
            <CountryBars rows={barRows} names={{ hosted: t('hosts'), partnerIn: t('joins') }} onToggle={(code) => toggle('countries', code)} />
          </WhenVisible>
        </div>
      </div>
      <DataTwin summary={t('twin')}>
        <CountryTable rows={rows} names={name} />
      </DataTwin>
    </SectionFrame>
  );
}
