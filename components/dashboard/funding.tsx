'use client';

import { useTranslations } from 'next-intl';
import { fundingModel } from '@/lib/views/funding';
import { ROW_HEIGHT } from '@/components/charts/chart-theme';
import { FundingTable, WaveTable } from '@/components/charts/funding-table';
import { ModelBars } from '@/components/charts/lazy-charts';
import { Legend } from '@/components/charts/legend';
import { WhenVisible } from '@/components/charts/when-visible';
import { useFigure } from '@/components/site/use-figure';
import { ChartHeading, DataTwin, SectionFrame } from './section-frame';
import styles from './funding.module.css';

export function Funding({ source }: { source: string }) {
  const { model, say, chart: words } = useFigure(fundingModel);
  const t = useTranslations('funding');
  return (
    <SectionFrame id="funding" title={t('title')} share={['funding']} takeaway={say(model.takeaway)} source={source}>
      <Legend items={words.legend(model.legend)} />
      <div className={styles.split}>
        <div id="funding-factories" data-chart>
          <ChartHeading title={t('perFactory')} targetId="funding-factories" name="investment-per-factory" source={source} />
          <WhenVisible height={Math.max(100, model.factoryBars.rows.length * ROW_HEIGHT.factory + 30)} testId="funding-bars">
            <ModelBars chart={model.factoryBars} words={words} labels={132} gap={5} />
          </WhenVisible>
        </div>
        <div id="funding-waves" data-chart>
          <ChartHeading title={t('perWave')} targetId="funding-waves" name="investment-per-wave" source={source} />
          <WhenVisible height={Math.max(120, model.waveBars.rows.length * ROW_HEIGHT.wave + 30)} testId="wave-bars">
            <ModelBars chart={model.waveBars} words={words} labels={80} gap={10} />
          </WhenVisible>
          <p className={styles.note}>{t('note')}</p>
        </div>
      </div>
      <DataTwin summary={t('twin')}>
        <FundingTable rows={model.factories} />
        <WaveTable rows={model.waves} />
      </DataTwin>
    </SectionFrame>
  );
}
