// Recharts' settings for the dashboard's charts: ticks, grid, no animation, row heights.

export const AXIS_TICK = { fill: 'var(--ink)', fontSize: 13 } as const;
/** Values written at the end of each row, on a second category axis (cheaper than recharts' LabelList). */
export const VALUE_TICK = { fill: 'var(--ink)', fontSize: 13, fontWeight: 600, textAnchor: 'start' } as const;
export const MUTED_TICK = { fill: 'var(--muted)', fontSize: 12 } as const;
export const GRID_STROKE = 'var(--line)';

/** Charts' drawing must not move under prefers-reduced-motion or on a projector: no animation at all. */
export const NO_ANIMATION = { isAnimationActive: false } as const;

/** Row heights of the horizontal bar charts: the sections reserve rows × height before the chart loads. */
export const ROW_HEIGHT = { country: 24, sector: 30, sectorTall: 40, factory: 26, wave: 56 } as const;

/** Characters per line of a sector label on the axis, on a phone and wider. */
export const SECTOR_LABEL_CHARS = { narrow: 20, wide: 30 } as const;

