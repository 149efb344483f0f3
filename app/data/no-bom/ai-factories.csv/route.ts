import { withoutBom } from '@/lib/export/csv';
import { factoriesCsv } from '@/lib/export/csv-columns';
import { loadDataset } from '@/lib/data/dataset';

// The data package's copy of /data/ai-factories.csv: the same rows without the byte-order mark (lib/export/open-data.ts).
export const dynamic = 'force-static';

export function GET() {
  const data = loadDataset();
  return new Response(withoutBom(factoriesCsv(data.factories, data.sectors)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
}
