'use client';

import { computeModel } from '@/lib/views/compute';
import { ComputeBars, EstimateNote, StatusLegend } from '@/components/charts/compute-bars';
import { useComputeWords } from '@/components/words/use-compute-words';
import { useFigure } from '@/components/state/use-figure';
import { EmbedTakeaway } from './embed-twin';

export function EmbedCompute() {
  const { model, say } = useFigure(computeModel);
  const words = useComputeWords();
  return (
    <div data-estimate-scope="">
      <EmbedTakeaway text={say(model.takeaway)} />
      <EstimateNote words={words} />
      <StatusLegend statuses={model.legend} words={words} />
      <ComputeBars model={model} words={words} label={words.t('perMachine')} />
    </div>
  );
}
