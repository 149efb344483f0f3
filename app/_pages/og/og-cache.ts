import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Drawn images by what they draw: `npm test` builds the same site three times (next start, the static export, the
 * hostile data) and a PNG takes ~100 ms, so an image whose words and drawing code are unchanged is drawn once. The key
 * holds the drawing's source, so a change to the layout draws every image again.
 */
const DIR = path.join(process.cwd(), 'node_modules/.cache/og-images');

let code: Promise<string> | undefined;
const drawingCode = () =>
  (code ??= Promise.all(['og-image.tsx', 'og-fonts.ts'].map((file) => readFile(path.join(process.cwd(), 'app/_pages/og', file), 'utf8'))).then((parts) => parts.join('\n')));

export async function cachedImage(content: unknown, draw: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const key = createHash('sha256').update(await drawingCode()).update(JSON.stringify(content)).digest('hex');
  const file = path.join(DIR, `${key}.png`);
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    const png = await draw();
    await mkdir(DIR, { recursive: true });
    // Written aside, then renamed: a build reading the cache at the same moment never sees half a file.
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, png);
    await rename(partial, file);
    return png;
  }
}
