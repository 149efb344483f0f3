'use client';

import { countrySpread } from '@/lib/aggregate';
import { Bars } from '@/components/charts/bars';
import { CountryTable } from '@/components/charts/country-table';
import { Legend } from '@/components/charts/legend';
import { useDashboard } from '@/components/dashboard/dashboard-context';
import { EmbedTwin } from './embed-twin';

export function EmbedCountries() {
  const { data, factories, antennas } = useDashboard();
  const rows = countrySpread(factories, antennas);
  return (
    <>
      <Legend
        items={[
          { label: 'hosts', color: 'var(--c-host)' },
          { label: 'joins as partner', color: 'var(--c-partner)' },
        ]}
      />
      <Bars
        layout="inline"
        label="AI Factories per country: hosted and joined as partner"
        rows={rows
          .filter((r) => r.hosted + r.partnerIn > 0)
          .map((r) => ({
            key: r.country,
            label: r.name,
            display: String(r.hosted + r.partnerIn),
            segments: [
              { value: r.hosted, color: 'c-host', label: 'hosts' },
              { value: r.partnerIn, color: 'c-partner', label: 'joins as partner' },
            ],
          }))}
      />
      <EmbedTwin summary="Countries as a table">
        <CountryTable rows={rows} names={new Map(data.factories.map((f) => [f.id, f.name]))} />
      </EmbedTwin>
    </>
  );
}
