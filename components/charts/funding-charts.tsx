'use client';

import { Bar, YAxis } from 'recharts';
import type { FactoryFunding, WaveFunding } from '@/lib/views/aggregate';
import type { Formats } from '@/lib/i18n/format';
import { AXIS_TICK, VALUE_TICK, NO_ANIMATION, SERIES } from './chart-theme';
import { HorizontalBars } from './horizontal-bars';

const eurTick = (fmt: Formats) => (v: number) => (v === 0 ? '0' : fmt.eur(v));

/** The right-hand axis wide enough for its longest value on one line ("not disclosed", "nicht angegeben"…). */
const valueWidth = (rows: readonly { label: string }[]) => Math.max(112, ...rows.map((r) => Math.ceil(r.label.length * 7.6) + 8));

export interface FactoryFundingRow extends FactoryFunding {
  /** "IT4LIA · IT": short enough for the axis; the full name is in the table twin. */
  short: string;
  /** The total as words, "not disclosed" included, shown on the right-hand axis. */
  label: string;
}

/** EU, national and unsplit money stacked per factory; an undisclosed total draws no bar and says so on the right. */
export function FactoryFundingBars({
  rows,
  fmt,
  names,
}: {
  rows: FactoryFundingRow[];
  fmt: Formats;
  names: { eu: string; national: string; unsplit: string };
}) {
  return (
    <HorizontalBars data={rows} gap={5} xAxis={{ tickFormatter: eurTick(fmt) }}>
      <YAxis type="category" dataKey="short" width={132} tick={AXIS_TICK} axisLine={false} tickLine={false} interval={0} />
      {/* Wide enough for "not disclosed" on one line: two would run into the next row. */}
      <YAxis yAxisId="total" type="category" dataKey="label" orientation="right" width={valueWidth(rows)} tick={VALUE_TICK} axisLine={false} tickLine={false} interval={0} />
      <Bar dataKey="euEur" name={names.eu} stackId="money" fill={SERIES.eu} {...NO_ANIMATION} />
      <Bar dataKey="nationalEur" name={names.national} stackId="money" fill={SERIES.national} {...NO_ANIMATION} />
      <Bar dataKey="unsplitEur" name={names.unsplit} stackId="money" fill={SERIES.unsplit} {...NO_ANIMATION} />
    </HorizontalBars>
  );
}

export interface WaveFundingRow extends WaveFunding {
  name: string;
  euPart: number | null;
  otherPart: number | null;
  label: string;
}

/** The investment announced per wave, with its EU part where stated. */
export function WaveFundingBars({ rows, fmt, names }: { rows: WaveFundingRow[]; fmt: Formats; names: { eu: string; rest: string } }) {
  return (
    <HorizontalBars data={rows} gap={10} xAxis={{ tickFormatter: eurTick(fmt) }}>
      <YAxis type="category" dataKey="name" width={80} tick={AXIS_TICK} axisLine={false} tickLine={false} interval={0} />
      <YAxis yAxisId="total" type="category" dataKey="label" orientation="right" width={valueWidth(rows)} tick={VALUE_TICK} axisLine={false} tickLine={false} interval={0} />
      <Bar dataKey="euPart" name={names.eu} stackId="wave" fill={SERIES.eu} {...NO_ANIMATION} />
      <Bar dataKey="otherPart" name={names.rest} stackId="wave" fill={SERIES.unsplit} {...NO_ANIMATION} />
    </HorizontalBars>
  );
}
