import { factoriesCsv } from '@/lib/export/csv-columns';
import { loadDataset } from '@/lib/data/dataset';
import { contentTypeOf } from '@/lib/site/security-headers';

// Written once at build time: a stable URL any static host can serve.
export const dynamic = 'force-static';

export function GET() {
  const data = loadDataset();
  return new Response(factoriesCsv(data.factories, data.sectors), {
    headers: { 'content-type': contentTypeOf('/data/ai-factories.csv')! },
  });
}
