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
  'machineModel',
  'machineCount',
  'machineEstimate',
  'machineStatus',
] as const;

export type TableColumnId = (typeof TABLE_COLUMN_IDS)[number];

/** Off until the reader ticks them in the column picker: the table is wide enough on a phone already. */
export const TABLE_COLUMNS_HIDDEN_BY_DEFAULT: readonly TableColumnId[] = ['machineModel', 'machineCount', 'machineEstimate', 'machineStatus'];


export function isTableColumnId(id: string): id is TableColumnId {
  return (TABLE_COLUMN_IDS as readonly string[]).includes(id);
}
