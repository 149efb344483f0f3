import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataFile, loadDataset, readJson } from './dataset';

const dir = mkdtempSync(path.join(tmpdir(), 'aif-'));

afterEach(() => {
  delete process.env.FACTORIES_DATA;
});

describe('loadDataset', () => {
  it('reads and validates the bundled dataset', () => {
    const data = loadDataset();
    expect(dataFile()).toBe('data/ai-factories.json');
    expect(data.factories.length).toBeGreaterThan(0);
    expect(data.sectors.length).toBeGreaterThan(0);
  });

  it('says which file is missing', () => {
    process.env.FACTORIES_DATA = path.join(dir, 'nope.json');
    expect(() => loadDataset()).toThrow(/nope\.json.*\n.*file not found/);
  });

  it('says which file is not JSON', () => {
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, '{ "asOf": ');
    process.env.FACTORIES_DATA = file;
    expect(() => loadDataset()).toThrow(/broken\.json.*\n.*not valid JSON/);
  });

  it('names the record and field of a bad value in another file', () => {
    const raw = readJson('data/ai-factories.json') as { factories: { funding: Record<string, unknown> }[] };
    raw.factories[1]!.funding.totalEur = 'lots';
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(raw));
    process.env.FACTORIES_DATA = file;
    expect(() => loadDataset()).toThrow('factories[1].funding.totalEur: expected number, received string');
  });
});
