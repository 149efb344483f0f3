import { changesFeed } from '@/lib/export/atom';
import { loadDataset } from '@/lib/data/dataset';
import { siteOrigin } from '@/lib/site/site';
import { dataFile } from '@/app/_pages/data-file';

// Written once at build time, like the CSV files; SITE_URL (read at build) gives the absolute links.
export const dynamic = 'force-static';

export function GET() {
  const data = loadDataset();
  const xml = changesFeed({ origin: siteOrigin(), changes: data.changes, factoryIds: new Set(data.factories.map((f) => f.id)) });
  return dataFile('/data/changes.xml', xml);
}
