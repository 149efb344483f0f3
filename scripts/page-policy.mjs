// Writes each built page's Content-Security-Policy into its HTML (lib/site/page-policy.mjs): after `next build` into
// the pages `next start` serves byte for byte (postbuild), and into out/ for the static export (build-static.mjs,
// before the .gz and .br copies are made from the final HTML).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPagePolicy } from '../lib/site/page-policy.mjs';

/** @param {string} dir @param {string} extension @returns {string[]} */
function filesUnder(dir, extension) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(file, extension);
    return entry.name.endsWith(extension) ? [file] : [];
  });
}

/**
 * Gives every HTML file under `pages` its policy. `stylesheets` holds the build's CSS chunks, whose texts Next's
 * client router may insert as <style> elements on the way to another page.
 * @param {{ pages: string, stylesheets: string }} dirs
 * @returns {number} how many pages
 */
export function writePagePolicies({ pages, stylesheets }) {
  const styleTexts = filesUnder(stylesheets, '.css').map((file) => readFileSync(file, 'utf8'));
  const files = filesUnder(pages, '.html');
  if (files.length === 0) throw new Error(`No HTML under ${pages}: nothing to write a policy into`);
  for (const file of files) {
    try {
      writeFileSync(file, withPagePolicy(readFileSync(file, 'utf8'), { styleTexts }));
    } catch (error) {
      throw new Error(`${path.relative(process.cwd(), file)}: ${error instanceof Error ? error.message : error}`);
    }
  }
  return files.length;
}

// `node scripts/page-policy.mjs`: the postbuild step, on the build in $NEXT_DIST_DIR (default .next).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.env.NEXT_DIST_DIR || '.next';
  const pages = writePagePolicies({ pages: path.join(dist, 'server'), stylesheets: path.join(dist, 'static') });
  console.log(`Content-Security-Policy written into ${pages} pages of ${dist}/server.`);
}
