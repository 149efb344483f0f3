// The factory table's columns, by the ids that appear in the URL (`sort=funding:desc`) and map onto CSV columns.

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

export const TABLE_COLUMN_LABELS: Record<TableColumnId, string> = {
  name: 'Name',
  host: 'Host',
  city: 'City',
  country: 'Country',
  wave: 'Wave',
  selected: 'Selected on',
  partners: 'Partner countries',
  sectors: 'Sectors',
  supercomputer: 'Supercomputer',
  funding: 'Total investment',
  eu: 'EU investment',
  national: 'National investment',
};

export function isTableColumnId(id: string): id is TableColumnId {
  return (TABLE_COLUMN_IDS as readonly string[]).includes(id);
}
