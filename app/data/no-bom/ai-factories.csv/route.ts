import { CSV_BODY, dataFile } from '@/app/_pages/data-file';
import { withoutBom } from '@/lib/export/csv';

// The data package's copy of /data/ai-factories.csv: the same rows without the byte-order mark (lib/export/open-data.ts).
export const dynamic = 'force-static';

export function GET() {
  return dataFile('/data/no-bom/ai-factories.csv', withoutBom(CSV_BODY.factories()));
}
