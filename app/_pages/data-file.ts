import { loadDataset } from '@/lib/data/dataset';
import { antennasCsv, factoriesCsv } from '@/lib/export/csv-columns';
import { contentTypeOf } from '@/lib/site/security-headers';

/** A file written at build time, with the type the headers module gives its path: nginx sends the same one. */
export function dataFile(path: string, body: string): Response {
  return new Response(body, { headers: { 'content-type': contentTypeOf(path)! } });
}

/** The two CSV files' rows, for their stable addresses and for the data package's copies without the byte-order mark. */
export const CSV_BODY = {
  factories: () => {
    const data = loadDataset();
    return factoriesCsv(data.factories, data.sectors);
  },
  antennas: () => antennasCsv(loadDataset().antennas),
};
