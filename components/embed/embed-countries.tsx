'use client';

import { useTranslations } from 'next-intl';
import { useFormats } from '@/components/site/use-formats';
import { countrySpread } from '@/lib/views/aggregate';
import { Bars } from '@/components/charts/bars';
import { CountryTable } from '@/components/charts/country-table';
import { Legend } from '@/components/charts/legend';
import { useDashboard } from '@/components/dashboard/dashboard-context';
import { EmbedTwin } from './embed-twin';

export function EmbedCountries() {
  const { data, factories, antennas } = useDashboard();
  const t = useTranslations('countrySpread');
  const e = useTranslations('embed');
  const fmt = useFormats();
  const rows = countrySpread(factories, antennas).map((r) => ({ ...r, name: fmt.countryName(r.country) }));
  return (
    <>
      <Legend
        items={[
          { label: t('hosts'), color: 'var(--c-host)' },
          { label: t('joins'), color: 'var(--c-partner)' },
        ]}
      />
      <Bars
        layout="inline"
        label={e('countriesBars')}
        rows={rows
          .filter((r) => r.hosted + r.partnerIn > 0)
          .map((r) => ({
            key: r.country,
            label: r.name,
            display: fmt.number(r.hosted + r.partnerIn),
            segments: [
              { value: r.hosted, color: 'c-host', label: t('hosts') },
              { value: r.partnerIn, color: 'c-partner', label: t('joins') },
            ],
          }))}
      />
      <EmbedTwin summary={t('twin')}>
        <CountryTable rows={rows} names={new Map(data.factories.map((f) => [f.id, f.name]))} />
      </EmbedTwin>
    </>
  );
}
