// What the browser code needs of the dataset: it crosses to the client in the page's payload, so what a page never
// shows stays on the server (the payload counts against the HTML byte budget, docs/performance.md). The one place
// the dataset is trimmed for a page; the finder takes its own narrower cut.
import { fundingCitations } from './cited-facts';
import type { Antenna, Dataset, Factory, Machine, Source } from './schema';

/** The sources the plans of a factory's steps name, by URL only. */
function planSources(f: Factory): Factory['sources'] {
  const steps = [...f.events, ...f.machines.flatMap((m) => m.steps)];
  const ids = new Set(steps.flatMap((s) => s.plans ?? []).flatMap((p) => p.sources));
  return f.sources.filter((s) => ids.has(s.id)).map((s) => ({ ...s, title: '' }));
}

/** Antenna source titles are shown on /about; the browser keeps the URLs only. */
const urlOnly = <S extends Source>(sources: S[]): S[] => sources.map((s) => ({ ...s, title: '' }));

/** A dated step as the timeline, the as-of view and the plans figure read it: no sources, no note. */
function steps<S extends Factory['events'][number] | Machine['steps'][number]>(step: S): S {
  return { ...step, sources: [], note: undefined };
}

/**
 * What the browser draws and writes of a machine (the compute figure, the CSV's machine columns) and reads of its
 * steps (the as-of view, the plans figure): without sources, notes, vendors or money.
 */
function compactMachine(m: Machine): Machine {
  const { id, name, kind, accelerators, aiPerformance, hpl, status } = m;
  return {
    id,
    name,
    kind,
    vendor: null,
    integrator: null,
    accelerators: accelerators.map((a) => ({ ...a, sources: [] })),
    aiPerformance: aiPerformance.map(({ value, unit, precision, sparsity, qualifier }) => ({ value, unit, precision, sparsity, qualifier, sources: [] })),
    hpl: hpl && { ...hpl, sources: [] },
    powerMw: null,
    costEur: null,
    status,
    steps: m.steps.map(steps),
    cite: {},
  };
}

/**
 * The dataset without the change log, the gigafactory events, the programme's note, access routes and further
 * sources (shown on /about; the KPI strip names the first source), and without the factories' citations, services,
 * links, access routes and disputes, and of their sources all but those a plan names (the factory pages show those;
 * the whole-dataset CSV is the static file, so the browser writes only the view and compare CSVs). Of the events and
 * the machines' steps, their kind, date, status and plan history stay: the timeline, the as-of view and the plans
 * figure read them; of the machines, their figures (the compute figure, the CSV's machine columns); of the serving statement, its
 * status and systems. Antennas keep their source URLs, untitled; chips keep their figures, without sources.
 * `screen`: screen mode names only each wave's first source.
 */
export function browserDataset(data: Dataset, surface: 'page' | 'screen' = 'page'): Dataset {
  const page: Dataset = {
    ...data,
    programme: { ...data.programme, note: undefined, sources: data.programme.sources.slice(0, 1), access: [] },
    changes: [],
    gigafactories: { ...data.gigafactories, events: [] },
    factories: data.factories.map((f) => ({
      ...f,
      cite: {},
      services: [],
      url: '',
      // The plans keep their sources' ids: the plans figure links each (by URL, untitled, beside the rows).
      sources: planSources(f),
      events: f.events.map(steps),
      machines: f.machines.map(compactMachine),
      serving: { status: f.serving.status, systems: f.serving.systems, sources: [] },
      access: [],
      disputes: undefined,
    })),
    antennas: data.antennas.map((a) => ({ ...a, sources: urlOnly(a.sources) })),
    chips: chipFigures(data.chips),
  };
  if (surface === 'page') return page;
  return {
    ...page,
    waves: page.waves.map((w) => ({ ...w, sources: w.sources.slice(0, 1) })),
    antennas: page.antennas.map((a) => ({ ...a, sources: [] })),
  };
}

/** The chip table's figures, all the H100-equivalent estimate needs: its method and sources are on /about. */
function chipFigures(chips: Dataset['chips']): Dataset['chips'] {
  return { ...chips, method: '', methodSources: [], chips: chips.chips.map((c) => ({ ...c, sources: [] })) };
}

/**
 * What the comparison needs: the factories with their sources (the table lists them), their machines' figures and
 * the citations of their money (its CSV's machine and funding_sources columns), without the other citations, access
 * routes and disputes the factory pages show; the chips' figures for the machines' estimate. Its CSV is the
 * whole-dataset CSV's rows for the factories compared.
 */
export function compareDataset(data: Dataset): Pick<Dataset, 'asOf' | 'factories' | 'antennas' | 'sectors' | 'chips'> {
  return {
    asOf: data.asOf,
    factories: data.factories.map((f) => ({ ...f, cite: fundingCitations(f), machines: f.machines.map(compactMachine), access: [], disputes: undefined })),
    antennas: data.antennas.map((a) => ({ ...a, sources: [] })),
    sectors: data.sectors,
    chips: chipFigures(data.chips),
  };
}

/** What the finder ranks by: where a factory is, who takes part, what it covers and offers; and its ways in. */
export type FinderFactory = Pick<Factory, 'id' | 'name' | 'acronym' | 'city' | 'country' | 'location' | 'partnerCountries' | 'sectors' | 'services'> & {
  access: Pick<Factory['access'][number], 'kind' | 'url'>[];
  /** Whether a source says it serves users now, and on which systems (their names). */
  serving: { status: Factory['serving']['status']; systems: string[] };
  /** The start of its services, reported or planned; null when no source dates it. */
  launch: { date: string; status: 'reported' | 'planned' } | null;
};
export type FinderAntenna = Pick<Antenna, 'id' | 'country' | 'factoryIds'>;

/**
 * The finder's cut of the dataset: no money, machines or sources; whether it serves users now and when its services
 * start (the "when do you need compute?" ranking); each result's access routes (their sources are on the factory's
 * page, where each result links).
 */
export function finderDataset(data: Dataset): { factories: FinderFactory[]; antennas: FinderAntenna[] } {
  const { factories, antennas } = data;
  return {
    factories: factories.map(({ id, name, acronym, city, country, location, partnerCountries, sectors, services, access, serving, events }) => ({
      id,
      name,
      acronym,
      city,
      country,
      location,
      partnerCountries,
      sectors,
      services,
      access: access.map(({ kind, url }) => ({ kind, url })),
      serving: { status: serving.status, systems: serving.systems.map((s) => s.name) },
      launch: events.filter((e) => e.kind === 'launch').map(({ date, status }) => ({ date, status }))[0] ?? null,
    })),
    antennas: antennas.map(({ id, country, factoryIds }) => ({ id, country, factoryIds })),
  };
}
