import { z } from 'zod';
import { FIGURE_PATHS } from './figure-paths';
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
});

/** A factory's source: `id` is how the record's figures, events and access routes name it. */
const citedSourceSchema = sourceSchema.extend({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a short kebab-case id'),
});

/** The ids, within one record, of the sources that state something. */
const sourceRefs = z.array(z.string()).min(1, 'expected at least one source id');

export { FIGURE_PATHS, type FigurePath } from './figure-paths';
const figurePathSchema = z.enum(FIGURE_PATHS);

/**
 * Who states a figure: the ids of the sources that state it, or how it follows from other figures. A `sum` is
 * the total of its parts; a `half` is half of one figure, on the word of the sources that state an equal split.
 */
const citationSchema = z.union([
  sourceRefs,
  z.object({ derived: z.literal('sum'), of: z.array(figurePathSchema).min(2, 'expected at least two parts') }),
  z.object({ derived: z.literal('half'), of: z.tuple([figurePathSchema]), sources: sourceRefs }),
]);

/**
 * A dated step of a factory: `launch` is the start of its services, `operation` its supercomputer entering
 * service. `reported` means a source says it happened on that date; `planned` that a source announced it for it.
 */
const eventSchema = z.object({
  kind: z.enum(['launch', 'operation']),
  date: partialDate,
  status: z.enum(['reported', 'planned']),
  sources: sourceRefs,
  /** The source's own wording where the date field cannot hold it ("first half of 2026"). */
  note: text.optional(),
});

/** Where an SME or researcher gets in: the factory's own site, an application page or a contact page. */
const accessSchema = z.object({
  kind: z.enum(['website', 'apply', 'contact']),
  url: httpUrl,
  sources: sourceRefs,
});

/** Sources that disagree about a figure or an event, and what the dataset uses. */
const disputeSchema = z.object({
  about: z.union([figurePathSchema, z.enum(['events.launch', 'events.operation'])]),
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
  services: z.array(text),
  url: httpUrl,
  /**
   * What `url` is: the factory's own site (the default), or, where it has none yet, a news article about it; the
   * page labels the link with what the data says it is.
   */
  urlKind: z.enum(['official', 'news']).optional(),
  access: z.array(accessSchema),
  sources: z.array(citedSourceSchema).min(1, 'expected at least one source'),
  cite: z.partialRecord(figurePathSchema, citationSchema),
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

// `labels`: the sector's name in each language of the site other than English (`label`), by locale.
const sectorSchema = z.object({ slug, label: text, labels: z.record(z.string(), text).optional() });
export const sectorsSchema = z.array(sectorSchema).min(1);

export type Source = z.infer<typeof sourceSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type FactoryEvent = z.infer<typeof eventSchema>;
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
export type Dataset = Omit<z.infer<typeof datasetSchema>, 'factories'> & { factories: Factory[]; sectors: Sector[] };
