'use client';

import { fundingByFactory } from '@/lib/aggregate';
import { formatEur, listJoin } from '@/lib/format';
import { Bars } from '@/components/charts/bars';
import { FundingTable } from '@/components/charts/funding-table';
import { Legend } from '@/components/charts/legend';
import { useDashboard } from '@/components/dashboard/dashboard-context';
import { EmbedTwin } from './embed-twin';
import styles from './embed-frame.module.css';

export function EmbedFunding() {
  const { data, factories } = useDashboard();
  const rows = fundingByFactory(factories);
  const short = new Map(data.factories.map((f) => [f.id, f.acronym ?? f.name]));
  const hidden = rows.filter((r) => r.totalEur === null);
  return (
    <>
      <Legend
        items={[
          { label: 'EU contribution', color: 'var(--c-eu)' },
          { label: 'national contribution', color: 'var(--c-national)' },
          { label: 'total, split not disclosed', color: 'var(--c-unsplit)' },
        ]}
      />
      <Bars
        layout="stacked"
        label="Announced investment per factory"
        rows={rows
          .filter((r) => r.totalEur !== null)
          .map((r) => ({
            key: r.id,
            label: short.get(r.id) ?? r.name,
            display: formatEur(r.totalEur),
            segments: [
              { value: r.euEur ?? 0, color: 'c-eu', label: 'EU' },
              { value: r.nationalEur ?? 0, color: 'c-national', label: 'national' },
              { value: r.unsplitEur ?? 0, color: 'c-unsplit', label: 'split not disclosed' },
            ],
          }))}
      />
      {hidden.length > 0 && <p className={styles.note}>Not disclosed: {listJoin(hidden.map((r) => short.get(r.id) ?? r.name))}.</p>}
      <EmbedTwin summary="Funding as a table">
        <FundingTable rows={rows} />
      </EmbedTwin>
    </>
  );
}
