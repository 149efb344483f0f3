'use client';

import { useTranslations } from 'next-intl';
import { fundingModel } from '@/lib/views/funding';
import { ROW_HEIGHT } from '@/components/charts/chart-theme';
import { FundingTable, WaveTable } from '@/components/charts/funding-table';
import { Legend } from '@/components/charts/legend';
import { useFigure } from '@/components/state/use-figure';
import { BarsPanel } from './bars-panel';
import { DataTwin, SectionFrame } from './section-frame';
import styles from './dashboard-sections.module.css';

export function Funding({ source }: { source: string }) {
  const { model, say, chart: words } = useFigure(fundingModel);
  const t = useTranslations('funding');
  return (
    <SectionFrame id="funding" title={t('title')} takeaway={say(model.takeaway)} source={source}>
      <div className={styles.split}>
        <BarsPanel
          id="funding-factories"
          title={t('perFactory')}
          name="investment-per-factory"
          source={source}
          chart={model.factoryBars}
          words={words}
          labels={132}
          gap={5}
          rowHeight={ROW_HEIGHT.factory}
          minHeight={100}
          testId="funding-bars"
          before={<Legend items={words.legend(model.factoryBars.legend)} />}
        />
        <BarsPanel
          id="funding-waves"
          title={t('perWave')}
          name="investment-per-wave"
          source={source}
          chart={model.waveBars}
          words={words}
          labels={80}
          gap={10}
          rowHeight={ROW_HEIGHT.wave}
          minHeight={120}
          testId="wave-bars"
          before={
            <>
              <Legend items={words.legend(model.waveBars.legend)} />
              {model.wavesWhole && (
                <p className={styles.whole} data-testid="waves-whole">
                  {t('wholeWave')}
                </p>
              )}
            </>
          }
          after={<p className="note">{t('note')}</p>}
        />
      </div>
      <DataTwin summary={t('twin')}>
        <FundingTable rows={model.factories} />
        <WaveTable rows={model.waves} />
      </DataTwin>
    </SectionFrame>
  );
}
