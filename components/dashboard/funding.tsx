'use client';

import { useTranslations } from 'next-intl';
import { useFormats } from '@/components/site/use-formats';
import { fundingByFactory, fundingByWave } from '@/lib/views/aggregate';
import { FundingTable } from '@/components/charts/funding-table';
import { fundingTakeaway } from '@/lib/views/takeaways';
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
  const t = useTranslations('funding');
  const takeaways = useTranslations('takeaways');
  const fmt = useFormats();
  const rows = fundingByFactory(factories);
  const short = new Map(data.factories.map((f) => [f.id, `${f.acronym ?? f.name} · ${f.country}`]));
  const chartRows: FactoryFundingRow[] = rows.map((r) => ({ ...r, short: short.get(r.id) ?? r.name, label: fmt.eur(r.totalEur) }));
  const waves: WaveFundingRow[] = fundingByWave(factories, data.waves).map((w) => ({
    ...w,
    name: w.label,
    euPart: w.announcedEuEur,
    otherPart: w.announcedEur === null ? null : w.announcedEur - (w.announcedEuEur ?? 0),
    label: fmt.announced(w.announcedEur, w.announcedMinEur),
  }));

  return (
    <SectionFrame id="funding" title={t('title')} share={['funding']} takeaway={fundingTakeaway(rows, { t: takeaways, fmt })} source={source}>
      <Legend
        items={[
          { label: t('eu'), color: SERIES.eu },
          { label: t('national'), color: SERIES.national },
          { label: t('unsplit'), color: SERIES.unsplit },
        ]}
      />
      <div className={styles.split}>
        <div id="funding-factories" data-chart>
          <ChartHeading title={t('perFactory')} targetId="funding-factories" name="investment-per-factory" source={source} />
          <WhenVisible height={Math.max(100, chartRows.length * ROW_HEIGHT.factory + 30)} testId="funding-bars">
            <FactoryFundingBars rows={chartRows} fmt={fmt} names={{ eu: t('barEu'), national: t('barNational'), unsplit: t('barUnsplit') }} />
          </WhenVisible>
        </div>
        <div id="funding-waves" data-chart>
          <ChartHeading title={t('perWave')} targetId="funding-waves" name="investment-per-wave" source={source} />
          <WhenVisible height={Math.max(120, waves.length * ROW_HEIGHT.wave + 30)} testId="wave-bars">
            <WaveFundingBars rows={waves} fmt={fmt} names={{ eu: t('barEu'), rest: t('barRest') }} />
          </WhenVisible>
          <p className={styles.note}>
            {t('note')}
          </p>
        </div>
      </div>
      <DataTwin summary={t('twin')}>
        <FundingTable rows={rows} />
        <table className="data-table" data-testid="wave-table">
          <caption>{t('perWave')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colWave')}</th>
              <th scope="col">{t('colSelected')}</th>
              <th scope="col" className="right">{t('colShown')}</th>
              <th scope="col" className="right">{t('colAnnounced')}</th>
              <th scope="col" className="right">{t('colOfWhichEu')}</th>
            </tr>
          </thead>
          <tbody>
            {waves.map((w) => (
              <tr key={w.id}>
                <th scope="row">{w.label}</th>
                <td>{fmt.month(w.selectedOn)}</td>
                <td className="right">{fmt.number(w.factories)}</td>
                <td className="right">{fmt.announced(w.announcedEur, w.announcedMinEur, true)}</td>
                <td className="right">{fmt.eurFull(w.announcedEuEur)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </DataTwin>
    </SectionFrame>
  );
}
