import { z } from 'zod';
import { isCountryCode } from './countries';

const isoDate = z.iso.date();
/** Operation dates are often announced as a year or a month only. */
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

const sourceSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  title: text,
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
    operationalFrom: partialDate.nullable().optional(),
  }),
  funding: fundingSchema,
  services: z.array(text),
  url: z.url({ protocol: /^https?$/ }),
  sources: z.array(sourceSchema).min(1, 'expected at least one source'),
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

/** The whole initiative's commitment, stated like a wave's: an exact figure, or only "over €X". */
const programmeSchema = z.object({
  label: text,
  committedEur: euros,
  /** A stated lower bound ("over €2.6 billion") when no exact figure was given. */
  committedMinEur: z.number().int().positive().optional(),
  statedOn: isoDate,
  note: text.optional(),
  sources: z.array(sourceSchema).min(1, 'expected at least one source'),
});

/** Where the AI Gigafactories stand: a dated, sourced line per step, and one sentence for the present state. */
const gigafactoriesSchema = z.object({
  /** One sentence, shown on the dashboard. */
  status: text,
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
  source: z.url({ protocol: /^https?$/ }),
});

export const datasetSchema = z.object({
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
export type Factory = z.infer<typeof factorySchema>;
export type Antenna = z.infer<typeof antennaSchema>;
export type Wave = z.infer<typeof waveSchema>;
export type Sector = z.infer<typeof sectorSchema>;
export type Programme = z.infer<typeof programmeSchema>;
export type Gigafactories = z.infer<typeof gigafactoriesSchema>;
export type Change = z.infer<typeof changeSchema>;
export type Dataset = z.infer<typeof datasetSchema> & { sectors: Sector[] };
