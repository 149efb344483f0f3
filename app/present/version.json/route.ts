import { presentVersion } from '@/app/_pages/present/version';
import { dataFile } from '@/app/_pages/data-file';

// Built once with the page; a screen polls it and reloads when it no longer matches what it was built with.
export const dynamic = 'force-static';

export function GET() {
  return dataFile('/present/version.json', JSON.stringify({ version: presentVersion() }));
}
