'use client';

import { fundingByFactory, fundingByWave } from '@/lib/aggregate';
import { formatAnnounced, formatEur, formatEurFull, formatMonth } from '@/lib/format';
import { FundingTable } from '@/components/charts/funding-table';
import { fundingTakeaway } from '@/lib/takeaways';
import { ROW_HEIGHT, SERIES } from '@/components/charts/chart-theme';
import { useDashboard } from './dashboard-context';
import type { FactoryFundingRow, WaveFundingRow } from '@/components/charts/funding-charts';
import { FactoryFundingBars, WaveFundingBars } from '@/components/charts/lazy-charts';
import { Legend } from '@/components/charts/legend';
import { ChartHeading, DataTwin, SectionFrame } from './section-frame';
import { WhenVisible } from '@/components/charts/when-visible';
import styles from './funding.module.css';

export function Funding({ source }: { source: string }) {
  const { data, factories } = useDashboard();
  const rows = fundingByFactory(factories);
  const short = new Map(data.factories.map((f) => [f.id, `${f.acronym ?? f.name} · ${f.country}`]));
  const chartRows: FactoryFundingRow[] = rows.map((r) => ({ ...r, short: short.get(r.id) ?? r.name, label: formatEur(r.totalEur) }));
  const waves: WaveFundingRow[] = fundingByWave(factories, data.waves).map((w) => ({
    ...w,
    name: w.label,
    euPart: w.announcedEuEur,
    otherPart: w.announcedEur === null ? null : w.announcedEur - (w.announcedEuEur ?? 0),
    label: formatAnnounced(w.announcedEur, w.announcedMinEur),
  }));

  return (
    <SectionFrame id="funding" title="Funding" share={['funding']} takeaway={fundingTakeaway(rows)} source={source}>
      <Legend
        items={[
          { label: 'EU contribution', color: SERIES.eu },
          { label: 'national contribution', color: SERIES.national },
          { label: 'total, split not disclosed', color: SERIES.unsplit },
        ]}
      />
      <div className={styles.split}>
        <div id="funding-factories" data-chart>
          <ChartHeading title="Announced investment per factory" targetId="funding-factories" name="investment-per-factory" source={source} />
          <WhenVisible height={Math.max(100, chartRows.length * ROW_HEIGHT.factory + 30)} testId="funding-bars">
            <FactoryFundingBars rows={chartRows} />
          </WhenVisible>
        </div>
        <div id="funding-waves" data-chart>
          <ChartHeading title="Announced investment per wave" targetId="funding-waves" name="investment-per-wave" source={source} />
          <WhenVisible height={Math.max(120, waves.length * ROW_HEIGHT.wave + 30)} testId="wave-bars">
            <WaveFundingBars rows={waves} />
          </WhenVisible>
          <p className={styles.note}>
            Wave totals are the investment announced at selection (EU and national together); the per-factory figures are
            what each factory discloses, so they need not add up to the wave total.
          </p>
        </div>
      </div>
      <DataTwin summary="Funding as a table">
        <FundingTable rows={rows} />
        <table className="data-table" data-testid="wave-table">
          <caption>Announced investment per wave</caption>
          <thead>
            <tr>
              <th scope="col">Wave</th>
              <th scope="col">Selected</th>
              <th scope="col" className="right">Factories shown</th>
              <th scope="col" className="right">Announced total</th>
              <th scope="col" className="right">of which EU</th>
            </tr>
          </thead>
          <tbody>
            {waves.map((w) => (
              <tr key={w.id}>
                <th scope="row">{w.label}</th>
                <td>{formatMonth(w.selectedOn)}</td>
                <td className="right">{w.factories}</td>
                <td className="right">{formatAnnounced(w.announcedEur, w.announcedMinEur, formatEurFull)}</td>
                <td className="right">{formatEurFull(w.announcedEuEur)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </DataTwin>
    </SectionFrame>
  );
}
