'use client';

import { computeModel } from '@/lib/views/compute';
import { ComputeBars, ComputeByCountry, ComputeTable, EstimateNote, StatusLegend, useComputeWords } from '@/components/charts/compute-bars';
import { useFigure } from '@/components/site/use-figure';
import { DataTwin, SectionFrame } from './section-frame';
import styles from './dashboard-sections.module.css';

/** The dashboard's compute section: each machine by its estimated capacity, then per country, and the table twin. */
export function Compute({ source }: { source: string }) {
  const { model, say } = useFigure(computeModel);
  const words = useComputeWords();
  const { t } = words;
  return (
    <SectionFrame id="compute" title={t('title')} takeaway={say(model.takeaway)} source={source}>
      <div data-estimate-scope="">
        <EstimateNote words={words} />
        <StatusLegend statuses={model.legend} words={words} />
        <div className={styles.split}>
          <div>
            <h3>{t('perMachine')}</h3>
            <ComputeBars model={model} words={words} label={t('perMachine')} />
          </div>
          <div>
            <h3>{t('byCountry')}</h3>
            <ComputeByCountry model={model} words={words} label={t('byCountry')} />
          </div>
        </div>
        <DataTwin summary={t('twin')}>
          <ComputeTable model={model} words={words} />
        </DataTwin>
      </div>
    </SectionFrame>
  );
}
