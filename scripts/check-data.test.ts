import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm run build` runs this script first (prebuild): a bad file must stop the build with a message naming the field.
function checkData(file: string) {
  return spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/check-data.ts'], {
    env: { ...process.env, FACTORIES_DATA: file },
    encoding: 'utf8',
  });
}

/** A copy of the bundled data with one thing broken, written to a temporary file. */
type Raw = {
  factories: { funding: Record<string, unknown>; sectors: string[] }[];
  changes: Record<string, unknown>[];
};

function badCopy(breakIt: (raw: Raw) => unknown): string {
  const raw = JSON.parse(readFileSync('data/ai-factories.json', 'utf8')) as Raw;
  breakIt(raw);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'aif-')), 'bad.json');
  writeFileSync(file, JSON.stringify(raw));
  return file;
}

describe('scripts/check-data.ts', () => {
  it('passes the bundled data', () => {
    const result = checkData('data/ai-factories.json');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Data OK: data\/ai-factories\.json — \d+ factories/);
  }, 20_000);

  // Shapes are checked first; the rules between records (sectors, ids, money) run on a well-shaped file.
  it('exits non-zero and names the record and field of a value of the wrong type', () => {
    const result = checkData(badCopy((raw) => (raw.factories[3]!.funding.euEur = '1,2')));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('factories[3].funding.euEur: expected number, received string');
  }, 20_000);

  it('exits non-zero and names an unknown sector', () => {
    const result = checkData(badCopy((raw) => raw.factories[5]!.sectors.push('knitting')));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/factories\[5\]\.sectors\[\d+\]: unknown sector slug "knitting"/);
  }, 20_000);

  it('exits non-zero and names a change without a date', () => {
    const result = checkData(badCopy((raw) => delete raw.changes[2]!.date));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('changes[2].date: expected string, received undefined');
  }, 20_000);

  it('exits non-zero and names a change whose id names no record', () => {
    const result = checkData(badCopy((raw) => (raw.changes[4]!.ids = ['bsc-aif', 'no-such-factory'])));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('changes[4].ids[1]: no factory, antenna, wave or programme entry with id "no-such-factory"');
  }, 20_000);

  it('exits non-zero and names a figure that no source states', () => {
    // Luxembourg's EU share is not disclosed; a number there with no source behind it must stop the build.
    const result = checkData(badCopy((raw) => (raw.factories[3]!.funding.euEur = 56_000_000)));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('factories[3].funding.euEur: no source');
  }, 20_000);
});
