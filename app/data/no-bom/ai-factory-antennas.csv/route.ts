import { withoutBom } from '@/lib/export/csv';
import { antennasCsv } from '@/lib/export/csv-columns';
import { loadDataset } from '@/lib/data/dataset';

// The data package's copy of /data/ai-factory-antennas.csv: the same rows without the byte-order mark.
export const dynamic = 'force-static';

export function GET() {
  return new Response(withoutBom(antennasCsv(loadDataset().antennas)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
}
