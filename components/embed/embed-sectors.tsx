'use client';

import { useTranslations } from 'next-intl';
import { useFormats } from '@/components/site/use-formats';
import { sectorCoverage } from '@/lib/views/aggregate';
import { Bars } from '@/components/charts/bars';
import { useDashboard } from '@/components/dashboard/dashboard-context';
import { EmbedTwin } from './embed-twin';
import styles from './embed-frame.module.css';

export function EmbedSectors() {
  const { data, factories } = useDashboard();
  const t = useTranslations('sectors');
  const e = useTranslations('embed');
  const fmt = useFormats();
  const coverage = sectorCoverage(factories, data.sectors);
  const undisclosed = factories.filter((f) => f.sectors.length === 0);
  return (
    <>
      <Bars
        layout="stacked"
        label={t('barsTitle')}
        rows={coverage.map((s) => ({
          key: s.slug,
          label: s.label,
          display: fmt.number(s.count),
          segments: [{ value: s.count, color: 'c-sector', label: s.label }],
        }))}
      />
      {undisclosed.length > 0 && <p className={styles.note}>{t('undisclosed', { names: undisclosed.map((f) => f.name).join(', ') })}</p>}
      <EmbedTwin summary={e('sectorsTwin')}>
        <table className="data-table" data-testid="sector-table">
          <caption>{e('sectorsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{e('sector')}</th>
              <th scope="col" className="right">{e('factories')}</th>
            </tr>
          </thead>
          <tbody>
            {coverage.map((s) => (
              <tr key={s.slug}>
                <th scope="row">{s.label}</th>
                <td className="right">{fmt.number(s.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </EmbedTwin>
    </>
  );
}
