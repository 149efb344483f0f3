'use client';

import { BarChart, CartesianGrid, XAxis, type XAxisProps } from 'recharts';
import { GRID_STROKE, MUTED_TICK } from './chart-theme';

interface Props<T> {
  data: T[];
  /** Gap between rows, in pixels. */
  gap: number;
  /** The value axis on top: its ticks and formatting. */
  xAxis?: Pick<XAxisProps, 'domain' | 'ticks' | 'tickFormatter'>;
  /** The category axes and the bars. */
  children: React.ReactNode;
}

/** The frame every bar chart here shares: horizontal bars filling their box, value axis on top, no animation. */
export function HorizontalBars<T>({ data, gap, xAxis, children }: Props<T>) {
  return (
    <BarChart
      responsive
      style={{ width: '100%', height: '100%' }}
      data={data}
      layout="vertical"
      margin={{ top: 0, right: 12, bottom: 0, left: 0 }}
      barCategoryGap={gap}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
      <XAxis type="number" tick={MUTED_TICK} axisLine={false} tickLine={false} orientation="top" {...xAxis} />
      {children}
    </BarChart>
  );
}
