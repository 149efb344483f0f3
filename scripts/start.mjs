// `npm start`: serve the production build on $PORT (default 3000), building first when there is none or when the
// data, the sectors or the source changed since it was built (scripts/build-fingerprint.mjs), so an edited data
// file never meets an old build.
import { spawnSync } from 'node:child_process';
import { staleReason } from './build-fingerprint.mjs';

const distDir = process.env.NEXT_DIST_DIR || '.next';
const run = (args) => {
  const result = spawnSync('npm', args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const reason = staleReason(process.cwd(), distDir);
if (reason) {
  console.log(`Building first: ${reason}.`);
  run(['run', 'build']);
}
run(['exec', '--', 'next', 'start', '--port', process.env.PORT || '3000']);
