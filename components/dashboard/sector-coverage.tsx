'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { wrapLines } from '@/lib/i18n/wrap-lines';
import { sectorsModel } from '@/lib/views/sectors';
import { ROW_HEIGHT, SECTOR_LABEL_CHARS } from '@/components/charts/chart-theme';
import { useFigure } from '@/components/state/use-figure';
import { useLocalePath } from '@/components/words/use-locale-path';
import { BarsPanel } from './bars-panel';
import { SectionFrame } from './section-frame';
import styles from './sector-coverage.module.css';

export function SectorCoverage({ source }: { source: string }) {
  const { view, toggle, model, say, chart: words } = useFigure(sectorsModel);
  const { filters } = view;
  const t = useTranslations('sectors');
  const href = useLocalePath();
  const { matrix } = model;
  // A label that needs three lines on a phone (long languages) needs a taller row.
  const row = model.rows.some((s) => wrapLines(s.label, SECTOR_LABEL_CHARS.narrow).length > 2) ? ROW_HEIGHT.sectorTall : ROW_HEIGHT.sector;

  return (
    <SectionFrame id="sector-coverage" title={t('title')} takeaway={say(model.takeaway)} source={source}>
      <BarsPanel
        id="sector-bars"
        title={t('barsTitle')}
        name="factories-per-sector"
        source={source}
        chart={model.bars}
        words={words}
        labels="wrap"
        gap={5}
        rowHeight={row}
        minHeight={100}
        testId="sector-bars"
        selected={filters.sectors}
        onToggle={(slug) => toggle('sectors', slug)}
        before={<p className={styles.hint}>{t('hint')}</p>}
      />

      <h3 className={styles.chartTitle}>{t('matrixTitle')}</h3>
      <div className={`table-scroll ${styles.matrixWrap}`}>
        <table className={styles.matrix} data-testid="sector-matrix">
          <caption className="visually-hidden">{t('matrixCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.corner}>{t('factory')}</th>
              {matrix.sectors.map((s) => (
                <th key={s.slug} scope="col" className={styles.sectorHead}>
                  <button
                    type="button"
                    aria-pressed={filters.sectors.includes(s.slug)}
                    onClick={() => toggle('sectors', s.slug)}
                    title={t('filterBy', { label: s.label })}
                  >
                    <span>{s.label}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <Link href={href(`/factories/${row.id}`)} prefetch={false}>{row.name}</Link>
                </th>
                {row.covers.map((covered, i) => (
                  <td key={matrix.sectors[i]!.slug} className={styles.cell}>
                    {covered ? <span className={styles.dot} role="img" aria-label={t('covers')} /> : <span className="visually-hidden">{t('no')}</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {model.undisclosed && <p className={styles.hint}>{say(model.undisclosed)}</p>}
    </SectionFrame>
  );
}
