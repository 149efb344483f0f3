import { loadDataset } from '@/lib/data/dataset';
import { dataPackage } from '@/lib/export/open-data';
import { dataFile } from '@/app/_pages/data-file';

// Written once at build time; resource paths are relative, so the package works wherever /data/ is served.
export const dynamic = 'force-static';

export function GET() {
  return dataFile('/data/datapackage.json', `${JSON.stringify(dataPackage(loadDataset()), null, 2)}\n`);
}
