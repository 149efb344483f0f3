// What the dashboard's browser code needs of the dataset: it crosses to the client in the page's payload, so what it
// never shows stays on the server (the payload counts against the HTML byte budget).
import type { Dataset, Factory, Source } from './schema';

/** Source titles are shown on the factory pages; in the browser only the URLs serve (the CSV's `sources` column). */
const urlOnly = <S extends Source>(sources: S[]): S[] => sources.map((s) => ({ ...s, title: '' }));

/**
 * The dataset without the change log, the gigafactory events, the programme's note, access routes and further
 * sources (shown on /about; the KPI strip names the first source), and without factory and antenna source titles,
 * access routes and disputes (the factory pages show those). Of the per-figure sources only the funding figures'
 * stay, and of the events their kind, date and status: that is what the CSV writes (and the charts draw).
 */
export function browserDataset(data: Dataset): Dataset {
  return {
    ...data,
    programme: { ...data.programme, note: undefined, sources: data.programme.sources.slice(0, 1), access: [] },
    changes: [],
    gigafactories: { ...data.gigafactories, events: [] },
    factories: data.factories.map((f) => ({
      ...f,
      sources: urlOnly(f.sources),
      cite: fundingCite(f),
      events: f.events.map(({ kind, date, status }) => ({ kind, date, status, sources: [] })),
      access: [],
      disputes: undefined,
    })),
    antennas: data.antennas.map((a) => ({ ...a, sources: urlOnly(a.sources) })),
  };
}

/** The citations of the funding figures only (the CSV's `funding_sources`); a derived one keeps the parts it names. */
function fundingCite(f: Factory): Factory['cite'] {
  return Object.fromEntries(Object.entries(f.cite).filter(([path]) => path.startsWith('funding.')));
}
