import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm test` runs the report so CI prints it: warnings must not fail it, a figure without a source must.
function report(file: string) {
  return spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/data-report.ts'], {
    env: { ...process.env, FACTORIES_DATA: file, DATA_REPORT_TODAY: '2026-12-04' },
    encoding: 'utf8',
  });
}

describe('scripts/data-report.ts', () => {
  it('prints the four lists and exits 0 on the bundled data, warnings and all', () => {
    const result = report('data/ai-factories.json');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Data report: data\/ai-factories\.json, last checked \d{4}-\d{2}-\d{2}, counted from 2026-12-04/);
    for (const title of ['Planned events whose date has passed without a report', 'Records unchecked for more than 90 days', 'Figures with one source only', 'Sources that disagree'])
      expect(result.stdout).toContain(title);
  }, 20_000);

  it('exits 1 and names the field when a figure has no source', () => {
    const raw = JSON.parse(readFileSync('data/ai-factories.json', 'utf8')) as { factories: { cite: Record<string, unknown> }[] };
    delete raw.factories[0]!.cite['funding.euEur'];
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'aif-')), 'bad.json');
    writeFileSync(file, JSON.stringify(raw));
    const result = report(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('factories[0].funding.euEur: no source');
  }, 20_000);
});
