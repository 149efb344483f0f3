import { loadDataset } from '@/lib/data/dataset';
import { dataPackage } from '@/lib/export/open-data';
import { contentTypeOf } from '@/lib/site/security-headers';

// Written once at build time; resource paths are relative, so the package works wherever /data/ is served.
export const dynamic = 'force-static';

export function GET() {
  return new Response(`${JSON.stringify(dataPackage(loadDataset()), null, 2)}\n`, {
    headers: { 'content-type': contentTypeOf('/data/datapackage.json')! },
  });
}
