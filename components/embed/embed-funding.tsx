'use client';

import { useTranslations } from 'next-intl';
import { useFormats } from '@/components/site/use-formats';
import { fundingByFactory } from '@/lib/views/aggregate';
import { Bars } from '@/components/charts/bars';
import { FundingTable } from '@/components/charts/funding-table';
import { Legend } from '@/components/charts/legend';
import { useDashboard } from '@/components/dashboard/dashboard-context';
import { EmbedTwin } from './embed-twin';
import styles from './embed-frame.module.css';

export function EmbedFunding() {
  const { data, factories } = useDashboard();
  const t = useTranslations('funding');
  const present = useTranslations('present');
  const fmt = useFormats();
  const rows = fundingByFactory(factories);
  const short = new Map(data.factories.map((f) => [f.id, f.acronym ?? f.name]));
  const hidden = rows.filter((r) => r.totalEur === null);
  return (
    <>
      <Legend
        items={[
          { label: t('eu'), color: 'var(--c-eu)' },
          { label: t('national'), color: 'var(--c-national)' },
          { label: t('unsplit'), color: 'var(--c-unsplit)' },
        ]}
      />
      <Bars
        layout="stacked"
        label={t('perFactory')}
        rows={rows
          .filter((r) => r.totalEur !== null)
          .map((r) => ({
            key: r.id,
            label: short.get(r.id) ?? r.name,
            display: fmt.eur(r.totalEur),
            segments: [
              { value: r.euEur ?? 0, color: 'c-eu', label: t('barEu') },
              { value: r.nationalEur ?? 0, color: 'c-national', label: t('barNational') },
              { value: r.unsplitEur ?? 0, color: 'c-unsplit', label: t('barUnsplit') },
            ],
          }))}
      />
      {hidden.length > 0 && <p className={styles.note}>{present('notDisclosedList', { names: fmt.list(hidden.map((r) => short.get(r.id) ?? r.name)) })}.</p>}
      <EmbedTwin summary={t('twin')}>
        <FundingTable rows={rows} />
      </EmbedTwin>
    </>
  );
}
