'use client';

import { useTranslations } from 'next-intl';
import { fundingModel } from '@/lib/views/funding';
import { Bars } from '@/components/charts/bars';
import { FundingTable } from '@/components/charts/funding-table';
import { Legend } from '@/components/charts/legend';
import { useFigure } from '@/components/state/use-figure';
import { EmbedTakeaway, EmbedTwin } from './embed-twin';

export function EmbedFunding() {
  const { model, say, chart: words } = useFigure(fundingModel);
  const t = useTranslations('funding');
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
