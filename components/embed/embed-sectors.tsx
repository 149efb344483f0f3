'use client';

import { useTranslations } from 'next-intl';
import { sectorsModel } from '@/lib/views/sectors';
import { Bars } from '@/components/charts/bars';
import { useFigure } from '@/components/state/use-figure';
import { useFormats } from '@/components/words/use-formats';
import { EmbedTakeaway, EmbedTwin } from './embed-twin';

export function EmbedSectors() {
  const { model, say, chart: words } = useFigure(sectorsModel);
  const t = useTranslations('sectors');
  const e = useTranslations('embed');
  const fmt = useFormats();
  return (
    <>
      <EmbedTakeaway text={say(model.takeaway)} />
      <Bars chart={model.bars} words={words} layout="stacked" label={t('barsTitle')} />
      {model.undisclosed && <p className="note">{say(model.undisclosed)}</p>}
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
