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

/**
 * The single-valued figures of a machine, each cited in the machine's own `cite`. Its lists (accelerators, AI
 * performance figures) and its HPL entry carry their sources on each entry; its status follows from its steps.
 */
export const MACHINE_FIGURE_PATHS = ['name', 'kind', 'upgradeOf', 'vendor', 'integrator', 'powerMw', 'costEur'] as const;
