'use client';

import { Bar, YAxis } from 'recharts';
import type { CountryRoles } from '@/lib/views/aggregate';
import { countAxis } from '@/lib/views/axis';
import { AXIS_TICK, NO_ANIMATION, SERIES } from './chart-theme';
import { HorizontalBars } from './horizontal-bars';

/** Factories per country, hosting and partnering stacked; a bar click toggles that country's filter. */
export function CountryBars({
  rows,
  names,
  onToggle,
}: {
  rows: CountryRoles[];
  /** The series' names in the page's language. */
  names: { hosted: string; partnerIn: string };
  onToggle: (code: string) => void;
}) {
  const toggle = (entry: { payload?: unknown }) => onToggle((entry.payload as CountryRoles).country);
  const axis = countAxis(Math.max(0, ...rows.map((r) => r.hosted + r.partnerIn)));
  return (
    <HorizontalBars data={rows} gap={4} xAxis={axis}>
      <YAxis type="category" dataKey="name" width={112} tick={AXIS_TICK} axisLine={false} tickLine={false} interval={0} />
      <Bar dataKey="hosted" name={names.hosted} stackId="roles" fill={SERIES.host} {...NO_ANIMATION} cursor="pointer" onClick={toggle} />
      <Bar dataKey="partnerIn" name={names.partnerIn} stackId="roles" fill={SERIES.partner} {...NO_ANIMATION} cursor="pointer" onClick={toggle} />
    </HorizontalBars>
  );
}
