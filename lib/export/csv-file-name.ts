// The name of a downloaded CSV, apart from the writer (csv-columns.ts): the table's buttons name their file up front,
// while the writer loads only when a reader asks for the file.

/** `ai-factories-2025-10-10.csv` for the whole dataset, `…-filtered.csv` for a filtered view, `…-view.csv` otherwise. */
export function csvFileName(asOf: string, view?: { filtered: boolean; at?: string | null }): string {
  const suffix = !view ? '' : `${view.at ? `-as-of-${view.at}` : ''}${view.filtered ? '-filtered' : '-view'}`;
  return `ai-factories-${asOf}${suffix}.csv`;
}
