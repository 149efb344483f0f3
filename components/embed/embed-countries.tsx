'use client';

import { useTranslations } from 'next-intl';
import { countriesModel } from '@/lib/views/countries';
import { Bars } from '@/components/charts/bars';
import { CountryTable } from '@/components/charts/country-table';
import { Legend } from '@/components/charts/legend';
import { useChartWords } from '@/components/charts/use-chart-words';
import { useFilteredView } from '@/components/site/filtered-view';
import { useSentences } from '@/components/site/use-sentences';
import { EmbedTakeaway, EmbedTwin } from './embed-twin';

export function EmbedCountries() {
  const { view } = useFilteredView();
  const t = useTranslations('countrySpread');
  const e = useTranslations('embed');
  const say = useSentences(view.data.sectors);
  const words = useChartWords();
  const model = countriesModel(view);
  return (
    <>
      <EmbedTakeaway text={say(model.takeaway)} />
      <Legend items={words.legend(model.bars.legend)} />
      <Bars chart={model.bars} words={words} layout="inline" label={e('countriesBars')} />
      <EmbedTwin summary={t('twin')}>
        <CountryTable rows={model.rows} factories={view.data.factories} />
      </EmbedTwin>
    </>
  );
}
