'use client';

import { useTranslations } from 'next-intl';
import { fundingModel } from '@/lib/views/funding';
import { Bars } from '@/components/charts/bars';
import { FundingTable } from '@/components/charts/funding-table';
import { Legend } from '@/components/charts/legend';
import { useChartWords } from '@/components/charts/use-chart-words';
import { useFilteredView } from '@/components/site/filtered-view';
import { useSentences } from '@/components/site/use-sentences';
import { EmbedTakeaway, EmbedTwin } from './embed-twin';

export function EmbedFunding() {
  const { view } = useFilteredView();
  const t = useTranslations('funding');
  const say = useSentences(view.data.sectors);
  const words = useChartWords();
  const model = fundingModel(view);
  return (
    <>
      <EmbedTakeaway text={say(model.takeaway)} />
      <Legend items={words.legend(model.factoryBars.legend)} />
      <Bars chart={model.factoryBars} words={words} layout="stacked" label={t('perFactory')} />
      <EmbedTwin summary={t('twin')}>
        <FundingTable rows={model.factories} />
      </EmbedTwin>
    </>
  );
}
