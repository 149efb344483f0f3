// The figures of a factory that a reader may cite one at a time. Kept apart from schema.ts (which loads zod) because
// browser code reads it: the view's CSV names the sources of each record's funding figures (lib/export/csv-columns.ts).

/** The figures of a factory that a reader may cite one at a time; each stated one names its sources. */
export const FIGURE_PATHS = [
  'selectedOn',
  'partnerCountries',
  'sectors',
  'supercomputer',
  'funding.totalEur',
  'funding.euEur',
  'funding.nationalEur',
] as const;

export type FigurePath = (typeof FIGURE_PATHS)[number];
