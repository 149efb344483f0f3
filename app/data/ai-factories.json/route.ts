import { loadDataset } from '@/lib/data/dataset';
import { datasetJson } from '@/lib/export/open-data';
import { dataFile } from '@/app/_pages/data-file';

// Written once at build time: the dataset as validated, with the sector list it refers to.
export const dynamic = 'force-static';

export function GET() {
  return dataFile('/data/ai-factories.json', JSON.stringify(datasetJson(loadDataset())));
}
