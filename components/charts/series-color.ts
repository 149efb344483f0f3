import type { Series } from '@/lib/views/series';

/**
 * A series' colour: its token in app/globals.css. Recharts reads colours as SVG attributes and the HTML bars as
 * backgrounds; a custom property keeps light, dark and screen themes in CSS for both. Apart from chart-theme.ts,
 * whose recharts settings screen mode and the embeds do not need.
 */
export function seriesColor(series: Series): string {
  return `var(--c-${series})`;
}
