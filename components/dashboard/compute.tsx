'use client';

import { computeModel } from '@/lib/views/compute';
import { ComputeBars, EstimateNote, StatusLegend } from '@/components/charts/compute-bars';
import { ComputeByCountry } from '@/components/charts/compute-by-country';
import { useComputeWords } from '@/components/words/use-compute-words';
import { useFigure } from '@/components/state/use-figure';
import { SectionFrame } from './section-frame';
import styles from './dashboard-sections.module.css';

/**
 * The dashboard's compute section: each machine by its estimated capacity, then per country. The drawing is HTML text
 * (every figure written beside its bar), so it needs no table twin: screen readers, print and no-JS readers read it.
 */
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
      </div>
    </SectionFrame>
  );
}
