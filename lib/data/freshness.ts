// How old a record's check is: a record left unchecked for long says so on its page and in the data report.

/** Past this many days since its last check, a record is flagged as unchecked. */
export const STALE_AFTER_DAYS = 90;

/** Whole days from one ISO date to a later one; dates parsed as UTC so no time zone moves them. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Whether a record checked on `checkedOn` has gone more than 90 days unchecked by `today`. */
export function isStale(checkedOn: string, today: string): boolean {
  return daysBetween(checkedOn, today) > STALE_AFTER_DAYS;
}
