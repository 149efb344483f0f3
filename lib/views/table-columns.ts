// The factory table's columns (labels in messages/<locale>.json, `table.<id>`), by the ids that appear in the URL (`sort=funding:desc`) and map onto CSV columns.

export const TABLE_COLUMN_IDS = [
  'name',
  'host',
  'city',
  'country',
  'wave',
  'selected',
  'partners',
  'sectors',
  'supercomputer',
  'funding',
  'eu',
  'national',
] as const;

export type TableColumnId = (typeof TABLE_COLUMN_IDS)[number];


export function isTableColumnId(id: string): id is TableColumnId {
  return (TABLE_COLUMN_IDS as readonly string[]).includes(id);
}
