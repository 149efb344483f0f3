// All numbers, money, dates and country names go through here so the server and the browser agree.

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** English country name from an ISO alpha-2 code ("FI" → "Finland"). */
export function countryName(code: string): string {
  return regionNames.of(code) ?? code;
}

export const NOT_DISCLOSED = 'not disclosed';

const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** Compact euros: €1.5 bn, €485 m, €900 k, €12; null → "not disclosed". */
export function formatEur(value: number | null | undefined): string {
  if (value === null || value === undefined) return NOT_DISCLOSED;
  const abs = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  if (abs >= 1e9) return `${sign}€${oneDecimal.format(abs / 1e9)} bn`;
  if (abs >= 1e6) return `${sign}€${whole.format(abs / 1e6)} m`;
  if (abs >= 1e3) return `${sign}€${whole.format(abs / 1e3)} k`;
  return `${sign}€${whole.format(abs)}`;
}

/** Full euros for tables and tooltips: €1,500,000,000. */
/** An announced total, or its stated lower bound ("over €500 m"), or "not disclosed". */
export function formatAnnounced(exact: number | null, atLeast: number | null, format: (v: number) => string = formatEur): string {
  if (exact !== null) return format(exact);
  return atLeast !== null ? `over ${format(atLeast)}` : NOT_DISCLOSED;
}

export function formatEurFull(value: number | null | undefined): string {
  if (value === null || value === undefined) return NOT_DISCLOSED;
  return `€${whole.format(value)}`;
}

export function formatNumber(value: number): string {
  return whole.format(value);
}

export function formatPercent(share: number): string {
  return `${whole.format(share * 100)} %`;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "2024-12-10" → "10 December 2024"; "2025-06" → "June 2025"; "2026" → "2026".
 * Parsed by hand, not with Date, so no time zone can shift the day.
 */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (!month) return year ?? iso;
  const name = months[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** "2024-12-10" → "Dec 2024", for chart axes. */
export function formatMonth(iso: string): string {
  const [year, month] = iso.split('-');
  if (!month) return year ?? iso;
  return `${(months[Number(month) - 1] ?? month).slice(0, 3)} ${year}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

/** "a, b and c" */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Splits a long label over two lines at the space nearest its middle (chart axes have no text wrapping). */
export function wrapLabel(label: string, max: number): string[] {
  if (label.length <= max) return [label];
  const spaces = [...label.matchAll(/ /g)].map((m) => m.index);
  if (!spaces.length) return [label];
  const middle = label.length / 2;
  const cut = spaces.reduce((best, i) => (Math.abs(i - middle) < Math.abs(best - middle) ? i : best));
  return [label.slice(0, cut), label.slice(cut + 1)];
}
