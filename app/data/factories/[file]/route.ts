import { loadDataset } from '@/lib/data/dataset';
import { withoutOperationalFrom } from '@/lib/data/events';
import { dataFile } from '@/app/_pages/data-file';

// One file per factory, written at build time: `/data/factories/<id>.json`, the record as validated (the same
// object as in /data/ai-factories.json), with its sources. The segment holds the whole file name, extension
// included: a route segment cannot be a parameter followed by ".json".
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return loadDataset().factories.map((f) => ({ file: `${f.id}.json` }));
}

export async function GET(_request: Request, { params }: RouteContext<'/data/factories/[file]'>) {
  const { file } = await params;
  const factory = loadDataset().factories.find((f) => `${f.id}.json` === file);
  if (!factory) return new Response('Not found', { status: 404 });
  return dataFile(`/data/factories/${file}`, `${JSON.stringify(withoutOperationalFrom(factory), null, 2)}\n`);
}
