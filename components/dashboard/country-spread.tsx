'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { countrySpread } from '@/lib/aggregate';
import type { MapGeometry } from '@/lib/geo';
import type { MapMarker } from '@/lib/map-markers';
import { countryTakeaway } from '@/lib/takeaways';
import { useFormats } from '@/components/site/use-formats';
import { useLocalePath } from '@/components/site/use-locale-path';
import { ROW_HEIGHT, SERIES } from '@/components/charts/chart-theme';
import { CountryMap } from '@/components/charts/country-map';
import { useDashboard } from './dashboard-context';
import { CountryBars } from '@/components/charts/lazy-charts';
import { Legend } from '@/components/charts/legend';
import { WhenVisible } from '@/components/charts/when-visible';
import { ChartHeading, DataTwin, SectionFrame } from './section-frame';
import styles from './dashboard-sections.module.css';

export function CountrySpread({ geometry, markers, source }: { geometry: MapGeometry; markers: MapMarker[]; source: string }) {
  const { factories, antennas, toggle, data } = useDashboard();
  const t = useTranslations('countrySpread');
  const takeaways = useTranslations('takeaways');
  const fmt = useFormats();
  const href = useLocalePath();
  // Country names in the page's language; the order stays the aggregate's (by role, then count).
  const rows = countrySpread(factories, antennas).map((r) => ({ ...r, name: fmt.countryName(r.country) }));
  const barRows = rows.filter((r) => r.hosted + r.partnerIn > 0);
  const name = new Map(data.factories.map((f) => [f.id, f.name]));
  return (
    <SectionFrame id="country-spread" title={t('title')} takeaway={countryTakeaway(rows, { t: takeaways, fmt })} source={source}>
      <div className={styles.split}>
        <div id="country-map">
          <ChartHeading title={t('mapTitle')} targetId="country-map" name="ai-factories-map" source={source} />
          <CountryMap geometry={geometry} markers={markers} />
        </div>
        <div id="country-bars-chart">
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
        <table className="data-table" data-testid="country-table">
          <caption>{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('country')}</th>
              <th scope="col" className="right">{t('colHosts')}</th>
              <th scope="col" className="right">{t('colPartner')}</th>
              <th scope="col" className="right">{t('colAntennas')}</th>
              <th scope="col">{t('colFactories')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.country}>
                <th scope="row">{r.name}</th>
                <td className="right">{fmt.number(r.hosted)}</td>
                <td className="right">{fmt.number(r.partnerIn)}</td>
                <td className="right">{fmt.number(r.antennas)}</td>
                <td>
                  {r.factoryIds.map((id, i) => (
                    <span key={id}>
                      {i > 0 && ', '}
                      <Link href={href(`/factories/${id}`)} prefetch={false}>{name.get(id)}</Link>
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
