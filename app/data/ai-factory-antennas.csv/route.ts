import { antennasCsv } from '@/lib/export/csv-columns';
import { loadDataset } from '@/lib/data/dataset';
import { contentTypeOf } from '@/lib/site/security-headers';

// Written once at build time: a stable URL any static host can serve.
export const dynamic = 'force-static';

export function GET() {
  return new Response(antennasCsv(loadDataset().antennas), {
    headers: { 'content-type': contentTypeOf('/data/ai-factory-antennas.csv')! },
  });
}
