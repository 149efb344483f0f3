// One factory's page as a model: its facts with their numbered references, its dated steps, its access routes, its
// antennas, the disputes about it and its place among the others. The page's sections draw it; none computes.
// A new section of the page is a new field here (with its test) and a section component that draws it.
import { factCitation, sourceNumbers, type FactCitation } from '../data/cited-facts';
import { eventOf, type DatedEvent } from '../data/events';
import { FACT_PATHS, type FactPath } from '../data/fact-paths';
import { isStale } from '../data/freshness';
import type { Antenna, Dataset, Factory } from '../data/schema';
import { dashboardHref } from '../url/filters';
import { investmentRank, sectorNeighbours, type InvestmentRank, type Neighbour } from './factory-context';
import { antennasOf } from './filtered';
import { plansModel, type PlansModel } from './plans';
import { factoryMachines, type FactoryMachines } from './factory-machines';
import { spotlightModel } from './spotlight';
import type { CountryRole } from './countries';

/** A dated step with the numbers of the sources that report or announce it. */
export interface EventFact {
  event: DatedEvent;
  numbers: number[];
}

export interface FactoryModel {
  factory: Factory;
  /** The wave is one the dataset describes (the lede names it then). */
  waveKnown: boolean;
  /** The dashboard filtered to its wave, and to each of its sectors. */
  waveHref: string;
  sectorHrefs: { slug: string; href: string }[];
  /** Last checked more than 90 days before the dataset's date. */
  stale: boolean;
  /** Each cited fact's references (and what a derived one follows from); absent when the record cites none. */
  cited: Partial<Record<FactPath, FactCitation>>;
  /** The launch and the machine's operation; null when the record dates neither. */
  events: Record<'launch' | 'operation', EventFact | null>;
  /** Whether it serves users now and on what, then each machine with its figures' sources and its dated steps. */
  compute: FactoryMachines;
  /** Whether it serves users now, with the numbers of the sources that say so. */
  serving: Factory['serving'] & { numbers: number[] };
  /** Its own ways in, each with its sources' numbers. */
  access: { kind: Factory['access'][number]['kind']; url: string; numbers: number[] }[];
  antennas: Antenna[];
  disputes: { key: string; note: string; numbers: number[] }[];
  /** Each plan of its machines' operation and its launch, first announcement first, with sources; empty rows when none. */
  plans: PlansModel;
  /** Its place among the others: the map's roles and antennas, its rank on money, its sector neighbours. */
  context: { roles: Record<string, CountryRole>; antennaIds: string[]; rank: InvestmentRank; neighbours: Neighbour[] };
}

function eventFact(factory: Factory, kind: 'launch' | 'operation'): EventFact | null {
  const event = eventOf(factory, kind);
  return event ? { event, numbers: sourceNumbers(factory, event.sources) } : null;
}

/** The model of the factory `id`, or null when the dataset has none by that id. */
export function factoryModel(data: Pick<Dataset, 'factories' | 'antennas' | 'waves' | 'asOf' | 'chips'>, id: string): FactoryModel | null {
  const factory = data.factories.find((f) => f.id === id);
  if (!factory) return null;
  const spot = spotlightModel(factory, data.antennas);
  const cited = Object.fromEntries(FACT_PATHS.flatMap((path) => {
    const citation = factCitation(factory, path);
    return citation ? [[path, citation]] : [];
  }));
  return {
    factory,
    waveKnown: data.waves.some((w) => w.id === factory.wave),
    waveHref: dashboardHref({ waves: [factory.wave] }),
    sectorHrefs: factory.sectors.map((slug) => ({ slug, href: dashboardHref({ sectors: [slug] }) })),
    stale: isStale(factory.checkedOn, data.asOf),
    cited,
    events: { launch: eventFact(factory, 'launch'), operation: eventFact(factory, 'operation') },
    compute: factoryMachines(factory, data.chips),
    serving: { ...factory.serving, numbers: sourceNumbers(factory, factory.serving.sources) },
    access: factory.access.map((a) => ({ kind: a.kind, url: a.url, numbers: sourceNumbers(factory, a.sources) })),
    antennas: antennasOf(factory.id, data.antennas),
    disputes: (factory.disputes ?? []).map((d) => ({ key: `${d.about}-${d.note}`, note: d.note, numbers: sourceNumbers(factory, d.sources) })),
    plans: plansModel({ factories: [factory] }),
    context: {
      roles: spot.roles,
      antennaIds: spot.antennaIds,
      rank: investmentRank(data.factories, factory.id),
      neighbours: sectorNeighbours(data.factories, factory.id),
    },
  };
}
