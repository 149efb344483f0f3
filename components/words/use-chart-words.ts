'use client';

import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { BarLabel, BarRow, BarChart, Series } from '@/lib/views/series';
import type { TimelineModel } from '@/lib/views/timeline';
import type { LegendItem } from '@/components/charts/legend';
import { useFormats } from './use-formats';

/** What a chart drawing says, in the page's language: bar labels, figures, series names. */
export interface ChartWords {
  label(label: BarLabel): string;
  /** A figure in the chart's unit: "12", "€1.5 bn". */
  figure(value: number, unit: BarChart['unit']): string;
  /** A bar's figure: a count, euros, "over €500 m" or "not disclosed". */
  value(row: BarRow, unit: BarChart['unit']): string;
  series(series: Series): string;
  /** Legend items for these series, in this order. */
  legend(series: readonly Series[]): { series: Series; label: string }[];
  /**
   * A timeline's legend: its event kinds as dots in their series' colours, then its step statuses as a filled dot
   * (reported), a hollow ring (planned), a broken one (overdue).
   */
  timelineLegend(model: Pick<TimelineModel, 'legend' | 'statuses'>): LegendItem[];
}

const STEP_SHAPE = { reported: 'filled', planned: 'hollow', overdue: 'broken' } as const;

/** Needs the `format` and `series` namespaces in the island's messages. */
export function useChartWords(): ChartWords {
  const fmt = useFormats();
  const t = useTranslations('series');
  return useMemo(
    () => ({
      label: (label) => ('country' in label ? fmt.countryName(label.country) : label.text),
      figure: (value, unit) => (unit === 'count' ? fmt.number(value) : fmt.eur(value)),
      value: (row, unit) => {
        if (row.total === null) return fmt.notDisclosed;
        if (unit === 'count') return fmt.number(row.total);
        return row.atLeast ? fmt.announced(null, row.total) : fmt.eur(row.total);
      },
      series: (series) => t(series),
      legend: (series) => series.map((s) => ({ series: s, label: t(s) })),
      timelineLegend: ({ legend, statuses }) => [
        ...legend.map((series) => ({ series, label: t(series), shape: 'dot' as const })),
        ...statuses.map((status) => ({ label: t(`step_${status}`), shape: STEP_SHAPE[status] })),
      ],
    }),
    [fmt, t],
  );
}
