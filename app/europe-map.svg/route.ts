import { dataFile } from '@/app/_pages/data-file';
import { MAP_SPRITE_PATH, mapSprite } from '@/lib/geo/europe';

// The country outlines every map on the site refers to (lib/geo/europe.ts, MapOutline): written once at build time.
export const dynamic = 'force-static';

export function GET() {
  return dataFile(MAP_SPRITE_PATH, mapSprite());
}
