'use client';

import Link from 'next/link';
import { countryRoleMap, countrySpread } from '@/lib/aggregate';
import type { MapGeometry } from '@/lib/geo';
import type { MapMarker } from '@/lib/map-markers';
import { countryTakeaway } from '@/lib/takeaways';
import { ROW_HEIGHT, SERIES } from '@/components/charts/chart-theme';
import { CountryMap } from '@/components/charts/country-map';
import { useDashboard } from './dashboard-context';
import { CountryBars } from '@/components/charts/lazy-charts';
import { Legend } from '@/components/charts/legend';
import { WhenVisible } from '@/components/charts/when-visible';
import { ChartHeading, DataTwin, SectionFrame } from './section-frame';
import styles from './dashboard-sections.module.css';

export function CountrySpread({ geometry, markers, source }: { geometry: MapGeometry; markers: MapMarker[]; source: string }) {
  const { factories, antennas, toggle, data, filters } = useDashboard();
  const rows = countrySpread(factories, antennas);
  const barRows = rows.filter((r) => r.hosted + r.partnerIn > 0);
  const name = new Map(data.factories.map((f) => [f.id, f.name]));
  const shown = new Set([...factories, ...antennas].map((x) => x.id));
  return (
    <SectionFrame id="country-spread" title="Country spread" takeaway={countryTakeaway(rows)} source={source}>
      <div className={styles.split}>
        <div id="country-map">
          <ChartHeading title="Where the AI Factories are" targetId="country-map" name="ai-factories-map" source={source} />
          <CountryMap
            geometry={geometry}
            markers={markers.filter((m) => shown.has(m.id))}
            roles={countryRoleMap(factories, antennas)}
            clickable={countryRoleMap(data.factories, data.antennas)}
            selected={filters.countries}
            onToggle={(code) => toggle('countries', code)}
          />
        </div>
        <div id="country-bars-chart">
          <ChartHeading title="Factories per country" targetId="country-bars-chart" name="factories-per-country" source={source} />
          <Legend
            items={[
              { label: 'hosts', color: SERIES.host },
              { label: 'joins as partner', color: SERIES.partner },
            ]}
          />
          <WhenVisible height={Math.max(120, barRows.length * ROW_HEIGHT.country + 40)} testId="country-bars">
            <CountryBars rows={barRows} onToggle={(code) => toggle('countries', code)} />
          </WhenVisible>
        </div>
      </div>
      <DataTwin summary="Country spread as a table">
        <table className="data-table" data-testid="country-table">
          <caption>Countries by role, in the current view</caption>
          <thead>
            <tr>
              <th scope="col">Country</th>
              <th scope="col" className="right">Hosts</th>
              <th scope="col" className="right">Partner in</th>
              <th scope="col" className="right">Antennas</th>
              <th scope="col">Factories</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.country}>
                <th scope="row">{r.name}</th>
                <td className="right">{r.hosted}</td>
                <td className="right">{r.partnerIn}</td>
                <td className="right">{r.antennas}</td>
                <td>
                  {r.factoryIds.map((id, i) => (
                    <span key={id}>
                      {i > 0 && ', '}
                      <Link href={`/factories/${id}`} prefetch={false}>{name.get(id)}</Link>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </DataTwin>
    </SectionFrame>
  );
}
