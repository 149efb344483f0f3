import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staleReason, writeFingerprint } from './build-fingerprint.mjs';

/** A copy of the project's data and a page, with a "build" in .next: what `npm start` looks at. */
let root = '';
const env: Record<string, string | undefined> = {};

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'fingerprint-'));
  cpSync('data', path.join(root, 'data'), { recursive: true });
  cpSync('next.config.js', path.join(root, 'next.config.js'));
  mkdirSync(path.join(root, 'app'));
  writeFileSync(path.join(root, 'app', 'page.tsx'), 'export default function Page() { return null; }\n');
  writeFileSync(path.join(root, 'app', 'page.test.ts'), '// a test: not part of the build\n');
  mkdirSync(path.join(root, '.next'));
  writeFileSync(path.join(root, '.next', 'BUILD_ID'), 'test-build');
  writeFingerprint(root, '.next', env);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(path.join(root, file), change(readFileSync(path.join(root, file), 'utf8')));

describe('npm start: is the build stale?', () => {
  it('serves a build that matches its inputs', () => {
    expect(staleReason(root, '.next', env)).toBeNull();
    edit('app/page.test.ts', (t) => `${t}// edited\n`);
    expect(staleReason(root, '.next', env)).toBeNull();
  });

  it('rebuilds when a factory in the data file was edited, and names the file', () => {
    edit('data/ai-factories.json', (t) => t.replace(/"name": "([^"]+)"/, '"name": "$1 (renamed)"'));
    expect(staleReason(root, '.next', env)).toBe('data/ai-factories.json changed since the last build');
  });

  it('rebuilds when the sectors, the source or the config changed, naming the data first', () => {
    edit('data/sectors.json', (t) => `${t}\n`);
    expect(staleReason(root, '.next', env)).toBe('data/sectors.json changed since the last build');
    edit('app/page.tsx', (t) => `${t}// edited\n`);
    writeFileSync(path.join(root, 'app', 'new-page.tsx'), '\n');
    expect(staleReason(root, '.next', env)).toBe('data/sectors.json and 2 more changed since the last build');
  });

  it('rebuilds when FACTORIES_DATA names another file or FRAME_ANCESTORS changed', () => {
    cpSync(path.join(root, 'data', 'ai-factories.json'), path.join(root, 'other.json'));
    expect(staleReason(root, '.next', { FACTORIES_DATA: 'other.json' })).toMatch(/changed since the last build$/);
    expect(staleReason(root, '.next', { FRAME_ANCESTORS: "'none'" })).toBe('$FRAME_ANCESTORS changed since the last build');
    writeFingerprint(root, '.next', { FACTORIES_DATA: 'other.json' });
    expect(staleReason(root, '.next', { FACTORIES_DATA: 'other.json' })).toBeNull();
  });

  it('builds when there is no build, or one that does not record its inputs', () => {
    rmSync(path.join(root, '.next', 'inputs-fingerprint.json'));
    expect(staleReason(root, '.next', env)).toBe('the build in .next does not record what it was built from');
    rmSync(path.join(root, '.next', 'BUILD_ID'));
    expect(staleReason(root, '.next', env)).toBe('there is no production build in .next');
  });
});
