// The cited facts of a factory: the fields a reader may cite one at a time ("figure" names a chart here, see
// lib/figures/registry.ts). Kept apart from schema.ts (which loads zod) because browser code reads it: the view's
// CSV names the sources of each record's funding facts (lib/export/csv-columns.ts).

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

/**
 * The single-valued facts of a machine, each cited in the machine's own `cite`. Its lists (accelerators, AI
 * performance figures) and its HPL entry carry their sources on each entry; its status follows from its steps.
 */
export const MACHINE_FACT_PATHS = ['name', 'kind', 'upgradeOf', 'vendor', 'integrator', 'powerMw', 'costEur'] as const;
