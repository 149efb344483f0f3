import { z } from 'zod';
import { FACT_PATHS, MACHINE_FACT_PATHS } from './fact-paths';
import { isCountryCode } from './countries';

const isoDate = z.iso.date();
/** Announced dates are often a year or a month only. */
const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
/** Whole euros; null means the figure was not disclosed. */
const euros = z.number().int().nonnegative().nullable();
const country = z
  .string()
  .refine(isCountryCode, { error: (issue) => `unknown country code ${JSON.stringify(issue.input)}` });
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case slug');
const text = z.string().trim().min(1, 'expected a non-empty string');
const httpUrl = z.url({ protocol: /^https?$/ });

const sourceSchema = z.object({
  url: httpUrl,
  title: text,
  /** The title's language (ISO 639-1) where it is not English: pages mark the title with it for screen readers. */
  lang: z.string().regex(/^[a-z]{2}$/, 'expected a two-letter ISO 639-1 language code').optional(),
});

/** A factory's source: `id` is how the record's figures, events and access routes name it. */
const citedSourceSchema = sourceSchema.extend({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a short kebab-case id'),
});

/** The ids, within one record, of the sources that state something. */
const sourceRefs = z.array(z.string()).min(1, 'expected at least one source id');

export { FACT_PATHS, type FactPath } from './fact-paths';
const factPathSchema = z.enum(FACT_PATHS);

/**
 * Who states a figure: the ids of the sources that state it, or how it follows from other figures. A `sum` is
 * the total of its parts; a `half` is half of one figure, on the word of the sources that state an equal split.
 */
const citationSchema = z.union([
  sourceRefs,
  z.object({ derived: z.literal('sum'), of: z.array(factPathSchema).min(2, 'expected at least two parts') }),
  z.object({ derived: z.literal('half'), of: z.tuple([factPathSchema]), sources: sourceRefs }),
]);

/**
 * One announcement of the date a step was planned for: what the plan said (`date`), the day it was stated
 * (`announcedOn`, as precise as the source) and who stated it. A step's `plans` list every such announcement, the
 * first one first, so a later revision never hides the original promise.
 */
const planSchema = z.object({
  date: partialDate,
  announcedOn: partialDate,
  sources: sourceRefs,
  /** The source's own wording where the date field cannot hold it ("first half of 2026"). */
  note: text.optional(),
});

/**
 * What every dated step shares. `date` is the current claim: the reported date, or the newest plan. `reported` means
 * a source says it happened on that date; `planned` that a source announced it for it. `plans`, when given, keeps
 * the plan history (the first announcement, then each revision); a planned step's `date` is its newest plan's.
 */
const datedStep = {
  date: partialDate,
  status: z.enum(['reported', 'planned']),
  sources: sourceRefs,
  /** The source's own wording where the date field cannot hold it ("first half of 2026"). */
  note: text.optional(),
  plans: z.array(planSchema).optional(),
};

/**
 * A dated step of a factory: `launch` is the start of its services, `operation` its AI Factory machine entering
 * service (the machine's own steps hold the detail).
 */
const eventSchema = z.object({ kind: z.enum(['launch', 'operation']), ...datedStep });

/** The steps of a machine's life, in the order they happen. */
const MACHINE_STEP_KINDS = ['procurement', 'contract', 'installed', 'operation'] as const;

/** A dated step of a machine: the procurement call, the contract signed, installation, entry into operation. */
const machineStepSchema = z.object({ kind: z.enum(MACHINE_STEP_KINDS), ...datedStep });

/**
 * Where a machine stands, from its newest reported step: `operating` (operation reported), `installed`,
 * `contracted`, `procurement` (a call is out) or `planned` (no step reported). Validation checks it against the steps.
 */
const MACHINE_STATUSES = ['operating', 'installed', 'contracted', 'procurement', 'planned'] as const;

/** The numeric precisions a source may state an AI performance figure at. */
const PRECISIONS = ['FP4', 'FP6', 'FP8', 'INT8', 'FP16', 'BF16', 'TF32', 'FP32', 'FP64'] as const;

/** How a source bounds a count or a figure: "more than 8,000 GPUs" is `at-least`, "about 1,000" is `about`. */
const qualifier = z.enum(['exact', 'at-least', 'about', 'up-to']);

/**
 * One kind of accelerator in a machine, as the source names it (`model`), with the chip-table id (`chip`,
 * data/chips.json) that the H100-equivalent estimate reads; `chip: null` when the table has no entry for it, and
 * then no estimate is made.
 */
const acceleratorSchema = z.object({
  model: text,
  chip: z.string().nullable(),
  count: z.number().int().positive().nullable(),
  countQualifier: qualifier,
  sources: sourceRefs,
});

/**
 * An AI performance figure exactly as the source states it: never converted to another precision, never summed
 * across precisions. `sparsity: null` when the source does not say whether it counts structured sparsity.
 */
const performanceSchema = z.object({
  value: z.number().positive(),
  unit: z.enum(['TFLOPS', 'PFLOPS', 'EFLOPS']),
  precision: z.enum(PRECISIONS, { error: `a performance figure needs its precision, as the source states it: ${PRECISIONS.join(', ')}` }),
  sparsity: z.boolean().nullable(),
  qualifier,
  sources: sourceRefs,
  /** The source's wording ("over 1 exaflops of FP8"). */
  note: text.optional(),
});

/** The machine's measured HPL result on a TOP500 list (`YYYY-06` or `YYYY-11`). */
const hplSchema = z.object({
  rmaxPflops: z.number().positive(),
  rpeakPflops: z.number().positive().optional(),
  list: z.string().regex(/^\d{4}-(06|11)$/, 'expected the TOP500 list as YYYY-06 or YYYY-11'),
  rank: z.number().int().positive(),
  sources: sourceRefs,
});

/**
 * A machine of the factory: a new system, an upgrade of an existing one (`upgradeOf`), or an `existing` system the
 * factory was founded on (JUPITER, DAEDALUS). Null means not disclosed. Single-valued figures are cited in `cite`;
 * accelerators, performance figures and the HPL entry carry their own sources.
 */
const machineSchema = z.object({
  /** Unique in the dataset: `<factory id>-<short name>`. */
  id: slug,
  name: text.nullable(),
  kind: z.enum(['new', 'upgrade', 'existing']),
  upgradeOf: text.optional(),
  vendor: text.nullable(),
  integrator: text.nullable(),
  accelerators: z.array(acceleratorSchema),
  aiPerformance: z.array(performanceSchema),
  hpl: hplSchema.nullable(),
  powerMw: z.number().positive().nullable(),
  costEur: euros,
  status: z.enum(MACHINE_STATUSES),
  steps: z.array(machineStepSchema),
  cite: z.partialRecord(z.enum(MACHINE_FACT_PATHS), sourceRefs),
  note: text.optional(),
});

/**
 * Whether the factory serves users now, as of its sources: `serving` (on `systems`: its own machine by `machineId`,
 * or an existing system such as LUMI or Leonardo by name), `not-yet` (a source says services have not started), or
 * `not-stated` (no source says; no systems, no sources). The start of services is the `launch` event.
 */
const servingSchema = z.object({
  status: z.enum(['serving', 'not-yet', 'not-stated']),
  systems: z.array(z.object({ name: text, machineId: slug.optional() })),
  sources: z.array(z.string()),
  note: text.optional(),
});

/**
 * What the factory's `url` is, so the page can label the link: the factory's own site, its host centre's page about
 * it, a government or EuroHPC release, or a news article.
 */
const URL_KINDS = ['factory', 'host', 'government', 'news'] as const;

/** Where an SME or researcher gets in: the factory's own site, an application page or a contact page. */
const accessSchema = z.object({
  kind: z.enum(['website', 'apply', 'contact']),
  url: httpUrl,
  sources: sourceRefs,
});

/** Sources that disagree about a figure or an event, and what the dataset uses. */
const disputeSchema = z.object({
  /** A figure path, an event, or a machine's figure as `machines.<machine id>.<field>`. */
  about: z.union([
    factPathSchema,
    z.enum(['events.launch', 'events.operation']),
    z.string().regex(/^machines\.[a-z0-9-]+\.[a-zA-Z.]+$/, 'expected machines.<machine id>.<field>'),
  ]),
  note: text,
  sources: z.array(z.string()).min(2, 'expected the ids of at least two sources that disagree'),
});

const locationSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

const fundingSchema = z.object({
  totalEur: euros,
  euEur: euros,
  nationalEur: euros,
});

const factorySchema = z.object({
  id: slug,
  name: text,
  acronym: text.optional(),
  host: text,
  city: text,
  country,
  location: locationSchema,
  wave: z.number().int().positive(),
  selectedOn: isoDate,
  partnerCountries: z.array(country),
  sectors: z.array(slug),
  supercomputer: z.object({
    name: text,
    kind: z.enum(['new', 'upgrade']),
  }),
  funding: fundingSchema,
  events: z.array(eventSchema),
  machines: z.array(machineSchema),
  serving: servingSchema,
  services: z.array(text),
  url: httpUrl,
  urlKind: z.enum(URL_KINDS),
  access: z.array(accessSchema),
  sources: z.array(citedSourceSchema).min(1, 'expected at least one source'),
  cite: z.partialRecord(factPathSchema, citationSchema),
  disputes: z.array(disputeSchema).optional(),
  /** The day the record was last checked against its sources. */
  checkedOn: isoDate,
});

const antennaSchema = z.object({
  id: slug,
  country,
  name: text.nullable(),
  host: text.nullable(),
  city: text.nullable(),
  location: locationSchema.nullable(),
  factoryIds: z.array(slug),
  announcedOn: isoDate,
  euEur: euros,
  sources: z.array(sourceSchema).min(1, 'expected at least one source'),
  checkedOn: isoDate,
});

const waveSchema = z.object({
  id: z.number().int().positive(),
  label: text,
  selectedOn: isoDate,
  announcedEur: euros,
  /** A stated lower bound ("over €500 million") when no exact total was announced. */
  announcedMinEur: z.number().int().positive().optional(),
  euEur: euros,
  note: text.optional(),
  sources: z.array(sourceSchema).min(1, 'expected at least one source'),
});

/** A way into the whole network, not one factory's: EuroHPC's access calls. */
const programmeAccessSchema = z.object({
  label: text,
  url: httpUrl,
  note: text.optional(),
  sources: z.array(sourceSchema).min(1, 'expected at least one source'),
});

/** The whole initiative's commitment, stated like a wave's: an exact figure, or only "over €X". */
const programmeSchema = z.object({
  label: text,
  committedEur: euros,
  /** A stated lower bound ("over €2.6 billion") when no exact figure was given. */
  committedMinEur: z.number().int().positive().optional(),
  statedOn: isoDate,
  note: text.optional(),
  sources: z.array(sourceSchema).min(1, 'expected at least one source'),
  access: z.array(programmeAccessSchema),
});

/**
 * Where the AI Gigafactories stand: a stage the pages word in their language, a dated, sourced line per step,
 * and a note in the sources' own words.
 */
const gigafactoriesSchema = z.object({
  status: z.discriminatedUnion('stage', [
    z.object({ stage: z.literal('no-call') }),
    z.object({ stage: z.literal('call-launched'), on: isoDate }),
    z.object({ stage: z.literal('selected'), on: isoDate }),
  ]),
  note: text.optional(),
  events: z
    .array(z.object({ date: isoDate, summary: text, source: sourceSchema }))
    .min(1, 'expected at least one dated event'),
});

/**
 * One change to the data. `ids` name what it touches: a factory id, an antenna id, `wave-<n>`, `programme` or
 * `gigafactories`; `date` is the day the facts were announced (history) or corrected (later changes).
 */
const changeSchema = z.object({
  date: isoDate,
  summary: text,
  ids: z.array(text).min(1, 'expected at least one id'),
  source: httpUrl,
});

export const datasetSchema = z.object({
  /** The day the data was last checked against its sources: its version. */
  asOf: isoDate,
  programme: programmeSchema,
  waves: z.array(waveSchema).min(1),
  factories: z.array(factorySchema).min(1),
  antennas: z.array(antennaSchema),
  gigafactories: gigafactoriesSchema,
  changes: z.array(changeSchema).min(1, 'expected at least one change'),
});

/**
 * One accelerator in the chip table (data/chips.json): its peak dense (no sparsity) tensor throughput per chip, in
 * TFLOPS, at 16 bits (FP16/BF16) and 8 bits (FP8), as the vendor's datasheet states; null when it states none.
 */
const chipSchema = z.object({
  id: slug,
  vendor: text,
  name: text,
  denseTflops: z.object({
    fp16: z.number().positive().nullable(),
    fp8: z.number().positive().nullable(),
  }),
  note: text.optional(),
  sources: z.array(sourceSchema).min(1, 'expected at least one source'),
});

/** The chip table and the method of the H100-equivalent estimate (lib/data/h100-equivalents.ts). */
export const chipTableSchema = z.object({
  /** The chip the estimate counts in: the H100 SXM. */
  reference: slug,
  method: text,
  methodSources: z.array(sourceSchema).min(1, 'expected at least one source'),
  chips: z.array(chipSchema).min(1),
});

// `labels`: the sector's name in each language of the site other than English (`label`), by locale.
const sectorSchema = z.object({ slug, label: text, labels: z.record(z.string(), text).optional() });
export const sectorsSchema = z.array(sectorSchema).min(1);

export type Source = z.infer<typeof sourceSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type FactoryEvent = z.infer<typeof eventSchema>;
export type Plan = z.infer<typeof planSchema>;
export type Machine = z.infer<typeof machineSchema>;
export type MachineStep = z.infer<typeof machineStepSchema>;
export type MachineStatus = Machine['status'];
export type Accelerator = z.infer<typeof acceleratorSchema>;
export type Performance = z.infer<typeof performanceSchema>;
export type Chip = z.infer<typeof chipSchema>;
export type ChipTable = z.infer<typeof chipTableSchema>;
/** A factory as the data file holds it. */
export type FactoryRecord = z.infer<typeof factorySchema>;
/**
 * A factory as the pages get it. `supercomputer.operationalFrom` is the operation event's date, planned or
 * reported, kept for the views that still read it; new code reads `events` (lib/data/events.ts), which says which.
 */
export type Factory = Omit<FactoryRecord, 'supercomputer'> & {
  supercomputer: FactoryRecord['supercomputer'] & { operationalFrom: string | null };
};
export type Antenna = z.infer<typeof antennaSchema>;
export type Wave = z.infer<typeof waveSchema>;
export type Sector = z.infer<typeof sectorSchema>;
export type Programme = z.infer<typeof programmeSchema>;
export type Gigafactories = z.infer<typeof gigafactoriesSchema>;
export type Change = z.infer<typeof changeSchema>;
/** The dataset as the pages get it: the data file's, with the sectors and the chip table attached. */
export type Dataset = Omit<z.infer<typeof datasetSchema>, 'factories'> & { factories: Factory[]; sectors: Sector[]; chips: ChipTable };
