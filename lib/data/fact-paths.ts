// The cited facts of a factory: the fields a reader may cite one at a time ("figure" names a chart here, see
// lib/figures/registry.ts). Kept apart from schema.ts (which loads zod) because
// browser code reads it: the view's CSV names the sources of each record's funding facts (lib/export/csv-columns.ts).

/** The facts of a factory that a reader may cite one at a time; each stated one names its sources. */
export const FACT_PATHS = [
  'selectedOn',
  'partnerCountries',
  'sectors',
  'supercomputer',
  'funding.totalEur',
  'funding.euEur',
  'funding.nationalEur',
] as const;

export type FactPath = (typeof FACT_PATHS)[number];
