'use client';

import { useTranslations } from 'next-intl';
import { countriesModel } from '@/lib/views/countries';
import { Bars } from '@/components/charts/bars';
import { CountryTable } from '@/components/charts/country-table';
import { Legend } from '@/components/charts/legend';
import { useFigure } from '@/components/site/use-figure';
import { EmbedTakeaway, EmbedTwin } from './embed-twin';

export function EmbedCountries() {
  const { view, model, say, chart: words } = useFigure(countriesModel);
  const t = useTranslations('countrySpread');
  const e = useTranslations('embed');
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
