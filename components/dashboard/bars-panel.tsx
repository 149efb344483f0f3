'use client';

import { Suspense } from 'react';
import type { BarChart } from '@/lib/views/series';
import { Bars } from '@/components/charts/bars';
import { ModelBars } from '@/components/charts/lazy-charts';
import type { ChartWords } from '@/components/words/use-chart-words';
import { WhenVisible } from '@/components/charts/when-visible';
import { ChartHeading } from './section-frame';
import styles from './bars-panel.module.css';

interface Props {
  /** The panel's id: the target of its image downloads. */
  id: string;
  title: string;
  /** The downloaded image's file name. */
  name: string;
  source: string;
  chart: BarChart;
  words: ChartWords;
  /** The label axis' width, or `wrap` for long labels (ModelBars). */
  labels: number | 'wrap';
  gap: number;
  /** Pixels per row and at least, reserved before the chart mounts, so nothing jumps when it does. */
  rowHeight: number;
  minHeight: number;
  testId: string;
  selected?: readonly string[];
  onToggle?: (key: string) => void;
  /** What stands between the heading and the bars (a legend, a hint), and after them (a note). */
  before?: React.ReactNode;
  after?: React.ReactNode;
}

/**
 * One bar chart of a dashboard section: its heading and downloads, then the recharts drawing, mounted on sight.
 * The same model as HTML bars stands in while recharts' chunk loads, and is what paper gets: recharts keeps the
 * screen's width when the page is laid out for print (it measures after a resize, too late), and a print started
 * straight after load mounts the charts but cannot wait for their code. The HTML bars are drawn in the browser
 * only, so they cost the HTML nothing.
 */
export function BarsPanel({ id, title, name, source, chart, words, labels, gap, rowHeight, minHeight, testId, selected, onToggle, before, after }: Props) {
  const bars = <Bars chart={chart} words={words} layout={labels === 'wrap' ? 'stacked' : 'inline'} label={title} />;
  return (
    <div id={id} data-chart>
      <ChartHeading title={title} targetId={id} name={name} source={source} />
      {before}
      <WhenVisible height={Math.max(minHeight, chart.rows.length * rowHeight + 30)} testId={testId} className={styles.box}>
        <div className={styles.screen}>
          <Suspense fallback={bars}>
            <ModelBars chart={chart} words={words} labels={labels} gap={gap} selected={selected} onToggle={onToggle} />
          </Suspense>
        </div>
        <div className={styles.paper}>{bars}</div>
      </WhenVisible>
      {after}
    </div>
  );
}
