'use client';

import { useSyncExternalStore } from 'react';
import { Bar, Cell, YAxis } from 'recharts';
import type { SectorCount } from '@/lib/views/aggregate';
import { countAxis } from '@/lib/views/axis';
import { wrapLines } from '@/lib/i18n/format';
import { AXIS_TICK, NO_ANIMATION, SECTOR_LABEL_CHARS, SERIES, VALUE_TICK } from './chart-theme';
import { HorizontalBars } from './horizontal-bars';

const NARROW = '(max-width: 30rem)';
const subscribe = (onChange: () => void) => {
  const query = matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

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

/** Factories per sector, largest first; a bar click toggles that sector's filter, unselected ones fade. */
export function SectorBars({
  coverage,
  selected,
  seriesName,
  onToggle,
}: {
  coverage: SectorCount[];
  selected: string[];
  /** "factories" in the page's language. */
  seriesName: string;
  onToggle: (slug: string) => void;
}) {
  const narrow = useSyncExternalStore(subscribe, () => matchMedia(NARROW).matches, () => false);
  return (
    <HorizontalBars data={coverage} gap={5} xAxis={countAxis(Math.max(0, ...coverage.map((c) => c.count)))}>
      <YAxis
        type="category"
        dataKey="label"
        width={narrow ? 150 : 230}
        tick={<WrappedTick max={narrow ? SECTOR_LABEL_CHARS.narrow : SECTOR_LABEL_CHARS.wide} />}
        axisLine={false}
        tickLine={false}
        interval={0}
      />
      <YAxis yAxisId="count" type="category" dataKey="count" orientation="right" width={36} tick={VALUE_TICK} axisLine={false} tickLine={false} interval={0} allowDuplicatedCategory />
      <Bar
        dataKey="count"
        name={seriesName}
        fill={SERIES.sector}
        {...NO_ANIMATION}
        cursor="pointer"
        onClick={(entry) => onToggle((entry.payload as SectorCount).slug)}
      >
        {coverage.map((s) => (
          <Cell key={s.slug} data-sector={s.slug} fillOpacity={selected.length && !selected.includes(s.slug) ? 0.45 : 1} />
        ))}
      </Bar>
    </HorizontalBars>
  );
}
