// `?at=YYYY-MM`: the month the view shows the network as of. Parsing never throws: a malformed value is ignored
// (the view is today's), a month outside the data's span is moved to its nearest end.

/** The query-string key of the month. */
export const AT_KEY = 'at';

/** The months a view can be as of: the first selection's month to the last planned step's, both `YYYY-MM`. */
export interface MonthSpan {
  first: string;
  last: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `YYYY-MM` of a YYYY, YYYY-MM or YYYY-MM-DD date: the month it starts in. */
export function monthOf(date: string): string {
  return date.length === 4 ? `${date}-01` : date.slice(0, 7);
}

/** Months since year 0: how months are counted and compared. */
export function monthIndex(month: string): number {
  const [year, m] = month.split('-');
  return Number(year) * 12 + Number(m ?? 1) - 1;
}

export function monthFromIndex(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month of the span, first to last. */
export function monthsOf(span: MonthSpan): string[] {
  const out: string[] = [];
  for (let i = monthIndex(span.first); i <= monthIndex(span.last); i++) out.push(monthFromIndex(i));
  return out;
}

/** The month the URL asks for, within the span; null when it asks for none or for something that is not a month. */
export function parseAt(raw: string | null | undefined, span: MonthSpan): string | null {
  const match = MONTH.exec((raw ?? '').trim());
  if (!match) return null;
  const month = `${match[1]}-${match[2]}`;
  if (month < span.first) return span.first;
  if (month > span.last) return span.last;
  return month;
}
