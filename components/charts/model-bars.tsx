'use client';

// A bar chart model (lib/views/series.ts) drawn with recharts, for the dashboard, where a reader hovers a bar for
// its figures and clicks it to filter. Embeds and slides draw the same models as HTML (bars.tsx).
import { memo } from 'react';
import { useMediaQuery } from '@/components/site/use-media-query';
import { Bar, BarChart as Chart, CartesianGrid, Cell, XAxis, YAxis } from 'recharts';
import { wrapLines } from '@/lib/i18n/wrap-lines';
import { countAxis } from '@/lib/views/axis';
import type { BarChart } from '@/lib/views/series';
import { AXIS_TICK, GRID_STROKE, MUTED_TICK, NO_ANIMATION, SECTOR_LABEL_CHARS, VALUE_TICK } from './chart-theme';
import { seriesColor } from './series-color';
import type { ChartWords } from '@/components/words/use-chart-words';

const NARROW = '(max-width: 30rem)';

function WrappedTick({ x, y, payload, max }: { x?: number; y?: number; payload?: { value: string }; max: number }) {
  const lines = wrapLines(payload?.value ?? '', max);
  // One line centred on the bar, two or three around it, each a little smaller.
  const first = ['0.35em', '-0.25em', '-0.8em'][lines.length - 1] ?? '-0.8em';
  return (
    <text x={x} y={y} textAnchor="end" fill={AXIS_TICK.fill} fontSize={[AXIS_TICK.fontSize, 12, 11][lines.length - 1] ?? 11} dx={-4}>
      {lines.map((line, i) => (
        <tspan key={line} x={x} dx={-4} dy={i === 0 ? first : '1.1em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

interface Props {
  chart: BarChart;
  words: ChartWords;
  /** The label axis' width in pixels, or `wrap` for long labels over up to three lines (sectors). */
  labels: number | 'wrap';
  /** Gap between rows, in pixels. */
  gap: number;
  /** Keys of the rows the filters select: the others fade. */
  selected?: readonly string[];
  /** A bar click toggles its row's filter. */
  onToggle?: (key: string) => void;
}

interface Datum {
  key: string;
  label: string;
  value: string;
  [series: string]: string | number;
}

/** The right-hand axis wide enough for its longest figure on one line ("not disclosed", "nicht angegeben"…). */
const valueWidth = (data: readonly Datum[]) => Math.max(36, ...data.map((d) => Math.ceil(d.value.length * 7.6) + 8));

/** Horizontal bars filling their box, value axis on top, the figure at the end of each row, no animation. */
function ModelBarsDrawing({ chart, words, labels, gap, selected = [], onToggle }: Props) {
  const narrow = useMediaQuery(NARROW);
  const data: Datum[] = chart.rows.map((row) => ({
    key: row.key,
    label: words.label(row.label),
    value: words.value(row, chart.unit),
    ...Object.fromEntries(row.segments.map((s) => [s.series, s.value])),
  }));
  const max = Math.max(0, ...chart.rows.map((r) => r.total ?? 0));
  const xAxis = chart.unit === 'count' ? countAxis(max) : { tickFormatter: (v: number) => (v === 0 ? '0' : words.figure(v, 'eur')) };
  const toggle = onToggle && ((entry: { payload?: unknown }) => onToggle((entry.payload as Datum).key));
  return (
    <Chart
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
      <YAxis
        type="category"
        dataKey="label"
        width={labels === 'wrap' ? (narrow ? 150 : 230) : labels}
        tick={labels === 'wrap' ? <WrappedTick max={narrow ? SECTOR_LABEL_CHARS.narrow : SECTOR_LABEL_CHARS.wide} /> : AXIS_TICK}
        axisLine={false}
        tickLine={false}
        interval={0}
      />
      {/* Wide enough for "not disclosed" on one line: two would run into the next row. */}
      <YAxis yAxisId="value" type="category" dataKey="value" orientation="right" width={valueWidth(data)} tick={VALUE_TICK} axisLine={false} tickLine={false} interval={0} allowDuplicatedCategory />
      {chart.legend.map((series) => (
        <Bar key={series} dataKey={series} name={words.series(series)} stackId="bars" fill={seriesColor(series)} {...NO_ANIMATION} cursor={toggle ? 'pointer' : undefined} onClick={toggle}>
          {data.map((d) => (
            <Cell key={d.key} data-bar={d.key} fillOpacity={selected.length && !selected.includes(d.key) ? 0.45 : 1} />
          ))}
        </Bar>
      ))}
    </Chart>
  );
}

/**
 * The same bars need no new drawing: while the time control plays, most months change no bar, and recharts' render is
 * half of a step's work. `words` and `onToggle` are new functions on every render but mean the same on one page (its
 * language is fixed; a toggle reads the URL as it is when clicked), so the figures alone decide.
 */
function sameBars(a: Props, b: Props): boolean {
  return (
    a.labels === b.labels &&
    a.gap === b.gap &&
    (a.selected ?? []).join() === (b.selected ?? []).join() &&
    Boolean(a.onToggle) === Boolean(b.onToggle) &&
    JSON.stringify(a.chart) === JSON.stringify(b.chart)
  );
}

export const ModelBars = memo(ModelBarsDrawing, sameBars);
