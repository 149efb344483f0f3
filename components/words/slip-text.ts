// A plan's slip in words, apart from the plans drawing (components/charts/plans-chart.tsx): screen mode's plans slide
// says it without drawing a track.
import type { PlanRow } from '@/lib/views/plans';

/** The `plans` messages. */
export type PlansWords = (key: string, values?: Record<string, string | number>) => string;

/** "8 months late", "at least 8 months late" while a plan has passed unreported, "2 months early". */
export function slipText(row: Pick<PlanRow, 'slipMonths' | 'atLeast'>, t: PlansWords): string {
  if (row.slipMonths < 0) return t('early', { months: -row.slipMonths });
  return t(row.atLeast ? 'slipAtLeast' : 'slip', { months: row.slipMonths });
}
