'use client';

import { useTranslations } from 'next-intl';
import { sectorsModel } from '@/lib/views/sectors';
import { Bars } from '@/components/charts/bars';
import { useChartWords } from '@/components/charts/use-chart-words';
import { useFilteredView } from '@/components/site/filtered-view';
import { useFormats } from '@/components/site/use-formats';
import { useSentences } from '@/components/site/use-sentences';
import { EmbedTakeaway, EmbedTwin } from './embed-twin';
import styles from './embed-frame.module.css';

export function EmbedSectors() {
  const { view } = useFilteredView();
  const t = useTranslations('sectors');
  const e = useTranslations('embed');
  const fmt = useFormats();
  const say = useSentences(view.data.sectors);
  const words = useChartWords();
  const model = sectorsModel(view);
  return (
    <>
      <EmbedTakeaway text={say(model.takeaway)} />
      <Bars chart={model.bars} words={words} layout="stacked" label={t('barsTitle')} />
      {model.undisclosed && <p className={styles.note}>{say(model.undisclosed)}</p>}
      <EmbedTwin summary={e('sectorsTwin')}>
        <table className="data-table" data-testid="sector-table">
          <caption>{e('sectorsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{e('sector')}</th>
              <th scope="col" className="right">{e('factories')}</th>
            </tr>
          </thead>
          <tbody>
            {model.rows.map((s) => (
              <tr key={s.slug}>
                <th scope="row">{s.label}</th>
                <td className="right">{fmt.number(s.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </EmbedTwin>
    </>
  );
}
