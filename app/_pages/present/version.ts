// The version a screen compares against to notice a new deployment: the build's id plus a hash of the data.
// Read at build time by both the page (embedded) and version.json (polled), so one build gives one value.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataFile } from '@/lib/data/dataset';

function read(file: string): string {
  try {
    return readFileSync(path.resolve(/*turbopackIgnore: true*/ process.cwd(), file), 'utf8');
  } catch {
    return '';
  }
}

export function presentVersion(): string {
  const hash = createHash('sha256');
  for (const file of [dataFile(), 'data/sectors.json']) hash.update(read(file));
  // Next writes BUILD_ID before it prerenders, so it is there when this runs during `next build`.
  const build = read(path.join(process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID')).trim() || 'dev';
  return `${build}-${hash.digest('hex').slice(0, 12)}`;
}
