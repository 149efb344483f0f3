// What the dashboard's browser code needs of the dataset: it crosses to the client in the page's payload, so what it
// never shows stays on the server (the payload counts against the HTML byte budget, DESIGN §8).
import type { Dataset, Source } from './schema';

/** Source titles are shown on the factory pages; in the browser only the URLs serve (the CSV's `sources` column). */
const urlOnly = (sources: Source[]): Source[] => sources.map(({ url }) => ({ url, title: '' }));

/**
 * The dataset without the change log, the gigafactory events, the programme's note and further sources (shown on
 * /about; the KPI strip names the first source), and without factory and antenna source titles.
 */
export function browserDataset(data: Dataset): Dataset {
  return {
    ...data,
    programme: { ...data.programme, note: undefined, sources: data.programme.sources.slice(0, 1) },
    changes: [],
    gigafactories: { ...data.gigafactories, events: [] },
    factories: data.factories.map((f) => ({ ...f, sources: urlOnly(f.sources) })),
    antennas: data.antennas.map((a) => ({ ...a, sources: urlOnly(a.sources) })),
  };
}
