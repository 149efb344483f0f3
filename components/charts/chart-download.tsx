'use client';

import { useTranslations } from 'next-intl';
import styles from './chart-download.module.css';

interface Props {
  /** The id of the element holding the chart; its first `<svg>` is exported. */
  targetId: string;
  /** File name without extension, e.g. "country-spread". */
  name: string;
  title: string;
  source: string;
}

export function ChartDownload({ targetId, name, title, source }: Props) {
  const t = useTranslations('common');
  async function save(kind: 'svg' | 'png') {
    const svg = document.getElementById(targetId)?.querySelector('svg');
    if (!svg) return;
    // The cloning, framing and PNG encoding load on the first press: most readers never download a chart.
    const { saveChart } = await import('./chart-file');
    await saveChart(svg, kind, { name, title, source });
  }

  return (
    <div className={styles.group} role="group" aria-label={t('downloadGroup', { title })} data-print="hide">
      <button type="button" className={`control ${styles.button}`} aria-label={t('downloadAs', { title, format: 'SVG' })} onClick={() => void save('svg')}>
        SVG
      </button>
      <button type="button" className={`control ${styles.button}`} aria-label={t('downloadAs', { title, format: 'PNG' })} onClick={() => void save('png')}>
        PNG
      </button>
    </div>
  );
}
