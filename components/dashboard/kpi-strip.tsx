'use client';

import { useTranslations } from 'next-intl';
import { kpis } from '@/lib/aggregate';
import { useFormats } from '@/components/site/use-formats';
import { useDashboard } from './dashboard-context';
import styles from './kpi-strip.module.css';

export function KpiStrip() {
  const { factories, antennas } = useDashboard();
  const t = useTranslations('kpis');
  const fmt = useFormats();
  const k = kpis(factories, antennas);
  // `id` is the English label: a stable hook for tests and styles whatever the page's language.
  const items = [
    { id: 'AI Factories', label: t('factories'), value: fmt.number(k.factories), note: null },
    { id: 'AI Factory Antennas', label: t('antennas'), value: fmt.number(k.antennas), note: null },
    { id: 'host countries', label: t('hostCountries'), value: fmt.number(k.hostCountries), note: null },
    { id: 'participating countries', label: t('participating'), value: fmt.number(k.participatingCountries), note: t('participatingNote') },
    {
      id: 'announced investment',
      label: t('investment'),
      value: k.investmentDisclosed ? fmt.eur(k.investmentEur) : fmt.notDisclosed,
      note: k.euDisclosed
        ? t('investmentEuNote', { disclosed: k.investmentDisclosed, total: k.factories, eu: fmt.eur(k.euEur), euDisclosed: k.euDisclosed })
        : t('investmentNote', { disclosed: k.investmentDisclosed, total: k.factories }),
    },
    { id: 'sectors covered', label: t('sectors'), value: fmt.number(k.sectors), note: null },
  ];
  return (
    <dl className={styles.strip} aria-label={t('label')} data-testid="kpis">
      {items.map((item) => (
        <div key={item.id} className={styles.item}>
          <dt className={styles.label}>{item.label}</dt>
          <dd className={styles.value} data-kpi={item.id}>
            {item.value}
          </dd>
          {item.note && <dd className={styles.note}>{item.note}</dd>}
        </div>
      ))}
    </dl>
  );
}
