'use client';

import { kpis } from '@/lib/aggregate';
import { formatEur, formatNumber } from '@/lib/format';
import { useDashboard } from './dashboard-context';
import styles from './kpi-strip.module.css';

export function KpiStrip() {
  const { factories, antennas } = useDashboard();
  const k = kpis(factories, antennas);
  const items = [
    { label: 'AI Factories', value: formatNumber(k.factories), note: null },
    { label: 'AI Factory Antennas', value: formatNumber(k.antennas), note: null },
    { label: 'host countries', value: formatNumber(k.hostCountries), note: null },
    { label: 'participating countries', value: formatNumber(k.participatingCountries), note: 'hosts and consortium partners' },
    {
      label: 'announced investment',
      value: k.investmentDisclosed ? formatEur(k.investmentEur) : 'not disclosed',
      note: `disclosed for ${k.investmentDisclosed} of ${k.factories}${k.euDisclosed ? `; EU share ${formatEur(k.euEur)} where known (${k.euDisclosed})` : ''}`,
    },
    { label: 'sectors covered', value: formatNumber(k.sectors), note: null },
  ];
  return (
    <dl className={styles.strip} aria-label="Key figures" data-testid="kpis" data-chart>
      {items.map((item) => (
        <div key={item.label} className={styles.item}>
          <dt className={styles.label}>{item.label}</dt>
          <dd className={styles.value} data-kpi={item.label}>
            {item.value}
          </dd>
          {item.note && <dd className={styles.note}>{item.note}</dd>}
        </div>
      ))}
    </dl>
  );
}
