import { CSV_BODY, dataFile } from '@/app/_pages/data-file';
import { withoutBom } from '@/lib/export/csv';

// The data package's copy of /data/ai-factory-antennas.csv: the same rows without the byte-order mark.
export const dynamic = 'force-static';

export function GET() {
  return dataFile('/data/no-bom/ai-factory-antennas.csv', withoutBom(CSV_BODY.antennas()));
}
