import { CSV_BODY, dataFile } from '@/app/_pages/data-file';

// Written once at build time: a stable URL any static host can serve.
export const dynamic = 'force-static';

export function GET() {
  return dataFile('/data/ai-factories.csv', CSV_BODY.factories());
}
