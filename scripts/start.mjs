// `npm start`: serve the production build on $PORT (default 3000), building first when there is none.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const distDir = process.env.NEXT_DIST_DIR || '.next';
const run = (args) => {
  const result = spawnSync('npm', args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!existsSync(path.join(distDir, 'BUILD_ID'))) {
  console.log(`No production build in ${distDir}: building first.`);
  run(['run', 'build']);
}
run(['exec', '--', 'next', 'start', '--port', process.env.PORT || '3000']);
