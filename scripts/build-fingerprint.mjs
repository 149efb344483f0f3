// What a production build was made from: a hash per input file (the data, the sectors, the source) and the
// environment the build reads. `npm run build` writes it beside the build (postbuild); `npm start` compares it
// with the files as they are now and rebuilds when they differ, saying why.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FINGERPRINT_FILE = 'inputs-fingerprint.json';
/** Folders and files a build is made from (tests, e2e and scripts are not). */
const SOURCES = ['app', 'components', 'lib', 'public', 'messages', 'i18n', 'data/sectors.json', 'next.config.js', 'proxy.ts', 'package-lock.json', 'tsconfig.json'];
/** Read by the build and written into it. */
const ENV = ['FACTORIES_DATA', 'FRAME_ANCESTORS'];
const IGNORED = /\.test\.tsx?$/;

/** @param {string} root @param {string} entry @returns {string[]} files under entry, relative to root */
function filesUnder(root, entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full, { withFileTypes: true })
    .flatMap((d) => filesUnder(root, path.join(entry, d.name)))
    .filter((f) => !IGNORED.test(f));
}

const sha = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);

/**
 * The inputs of a build made in `root` now, as { name: hash }.
 * @param {string} root
 * @param {Record<string, string | undefined>} [env]
 * @returns {Record<string, string>}
 */
export function fingerprint(root, env = process.env) {
  const dataFile = env.FACTORIES_DATA || 'data/ai-factories.json';
  const files = [dataFile, ...SOURCES.flatMap((s) => filesUnder(root, s))].map((f) => f.split(path.sep).join('/'));
  const result = {};
  for (const file of [...new Set(files)].sort()) {
    const full = path.join(root, file);
    result[file] = existsSync(full) ? sha(readFileSync(full)) : 'missing';
  }
  for (const name of ENV) result[`$${name}`] = sha(env[name] ?? '');
  return result;
}

/** @param {string} root @param {string} distDir @param {Record<string, string | undefined>} [env] */
export function writeFingerprint(root, distDir, env = process.env) {
  writeFileSync(path.join(root, distDir, FINGERPRINT_FILE), `${JSON.stringify(fingerprint(root, env), null, 1)}\n`);
}

/**
 * Why the build in `distDir` cannot be served as it is, in a few words, or null when it matches its inputs.
 * @param {string} root
 * @param {string} distDir
 * @param {Record<string, string | undefined>} [env]
 * @returns {string | null}
 */
export function staleReason(root, distDir, env = process.env) {
  if (!existsSync(path.join(root, distDir, 'BUILD_ID'))) return `there is no production build in ${distDir}`;
  const file = path.join(root, distDir, FINGERPRINT_FILE);
  if (!existsSync(file)) return `the build in ${distDir} does not record what it was built from`;
  /** @type {Record<string, string>} */
  const built = JSON.parse(readFileSync(file, 'utf8'));
  const now = fingerprint(root, env);
  const changed = [...new Set([...Object.keys(built), ...Object.keys(now)])].filter((k) => built[k] !== now[k]).sort();
  if (changed.length === 0) return null;
  // The data first: it is what a user most often edits, and what the message should name.
  const dataFirst = changed.sort((a, b) => Number(b.startsWith('data/')) - Number(a.startsWith('data/')));
  const more = dataFirst.length > 1 ? ` and ${dataFirst.length - 1} more` : '';
  return `${dataFirst[0]}${more} changed since the last build`;
}

// `node scripts/build-fingerprint.mjs`: the postbuild step.
if (process.argv[1] === fileURLToPath(import.meta.url)) writeFingerprint(process.cwd(), process.env.NEXT_DIST_DIR || '.next');
