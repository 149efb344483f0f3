/** Whole-number ticks from 0 to the largest count: recharts would stretch a maximum of 1 to 4 to get five ticks. */
export function countAxis(max: number): { domain: [number, number]; ticks: number[] } {
  const top = Math.max(1, max);
  const step = Math.ceil(top / 6);
  const ticks = Array.from({ length: Math.floor(top / step) + 1 }, (_, i) => i * step);
  return { domain: [0, top], ticks };
}
