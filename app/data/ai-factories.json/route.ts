import { loadDataset } from '@/lib/data/dataset';
import { datasetJson } from '@/lib/export/open-data';

// Written once at build time: the dataset as validated, with the sector list it refers to.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(datasetJson(loadDataset()));
}
