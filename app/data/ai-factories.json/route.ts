import { loadDataset } from '@/lib/data/dataset';
import { datasetJson } from '@/lib/export/open-data';
import { contentTypeOf } from '@/lib/site/security-headers';

// Written once at build time: the dataset as validated, with the sector list it refers to.
export const dynamic = 'force-static';

export function GET() {
  return new Response(JSON.stringify(datasetJson(loadDataset())), { headers: { 'content-type': contentTypeOf('/data/ai-factories.json')! } });
}
