// `npm run build:static`: the whole site as plain files in out/ (Next's `output: 'export'`), for any static host.
//
// Why a copy of the project in .next-static/: with `output: 'export'`, Next always builds into `.next` and only
// then exports (node_modules/next/dist/export/utils.js, getBuildDistDir), so building here would overwrite the
// `next start` build. The copy leaves out proxy.ts: a static export cannot run it (Next's docs list proxy among the
// unsupported features). With it, the export still builds, but Next warns that it "disables API routes and
// middleware" and lists a Proxy that is not there; without it the build says what it does. The web server answers
// broken percent-encoding itself (deploy/nginx.conf). node_modules is a link.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { headersFile, nginxServerBlock, precompress, sitePaths } from './deploy-files.mjs';
import { writePagePolicies } from './page-policy.mjs';

const ROOT = process.cwd();
const WORK = path.join(ROOT, '.next-static');
const OUT = path.join(ROOT, 'out');
// Server-only files and everything that is output, not source. Without a lockfile of its own the copy shares
// the project's workspace root (Next looks up the tree for one), so the node_modules link resolves inside it.
const SKIP = new Set(['.git', 'package-lock.json', 'node_modules', 'out', 'test-results', 'playwright-report', 'screenshots', 'proxy.ts', 'middleware.ts']);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npm', ['run', 'check-data']);

// A fresh copy of the sources; the `.next` inside is kept for Turbopack's cache.
mkdirSync(WORK, { recursive: true });
for (const entry of readdirSync(WORK)) if (entry !== '.next') rmSync(path.join(WORK, entry), { recursive: true, force: true });
for (const entry of readdirSync(ROOT)) {
  if (SKIP.has(entry) || entry.startsWith('.next')) continue;
  cpSync(path.join(ROOT, entry), path.join(WORK, entry), { recursive: true });
}
symlinkSync(path.join(ROOT, 'node_modules'), path.join(WORK, 'node_modules'), 'dir');

const env = { ...process.env, NEXT_OUTPUT: 'export' };
// A custom distDir would name the export folder instead (Next's hasCustomExportOutput): keep the default.
delete env.NEXT_DIST_DIR;
run('npx', ['next', 'build'], { cwd: WORK, env });

rmSync(OUT, { recursive: true, force: true });
renameSync(path.join(WORK, 'out'), OUT);
if (!existsSync(path.join(OUT, 'index.html'))) throw new Error('The export wrote no out/index.html');

const pages = writePagePolicies({ pages: OUT, stylesheets: path.join(OUT, '_next', 'static') });

const frameAncestors = process.env.FRAME_ANCESTORS;
writeFileSync(path.join(OUT, '_headers'), headersFile({ frameAncestors, files: sitePaths(OUT) }));
// The committed server block, regenerated so that a change to the headers shows in `git diff` (its test fails
// until it is committed). It carries the defaults; `npm run serve:static` writes its own from the environment.
writeFileSync(path.join(ROOT, 'deploy', 'nginx.conf'), nginxServerBlock());
const { files, saved } = await precompress(OUT);
console.log(`Static site in out/: ${pages} page policies and _headers written, ${files} files precompressed (.gz and .br; brotli saves ${Math.round(saved / 1024)} KB).`);
