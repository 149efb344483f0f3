'use client';

import { sectorCoverage } from '@/lib/aggregate';
import { Bars } from '@/components/charts/bars';
import { useDashboard } from '@/components/dashboard/dashboard-context';
import { EmbedTwin } from './embed-twin';
import styles from './embed-frame.module.css';

export function EmbedSectors() {
  const { data, factories } = useDashboard();
  const coverage = sectorCoverage(factories, data.sectors);
  const undisclosed = factories.filter((f) => f.sectors.length === 0);
  return (
    <>
      <Bars
        layout="stacked"
        label="AI Factories per sector"
        rows={coverage.map((s) => ({
          key: s.slug,
          label: s.label,
          display: String(s.count),
          segments: [{ value: s.count, color: 'c-sector', label: s.label }],
        }))}
      />
      {undisclosed.length > 0 && <p className={styles.note}>Sector focus not disclosed for: {undisclosed.map((f) => f.name).join(', ')}.</p>}
      <EmbedTwin summary="Sectors as a table">
        <table className="data-table" data-testid="sector-table">
          <caption>AI Factories per sector, in the current view</caption>
          <thead>
            <tr>
              <th scope="col">Sector</th>
              <th scope="col" className="right">Factories</th>
            </tr>
          </thead>
          <tbody>
            {coverage.map((s) => (
              <tr key={s.slug}>
                <th scope="row">{s.label}</th>
                <td className="right">{s.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </EmbedTwin>
    </>
  );
}
