import { describe, expect, it } from 'vitest';
import { browserDataset, compareDataset, finderDataset } from './browser-dataset';
import { csvKeysForView, factoriesCsv } from '../export/csv-columns';
import { loadDataset } from './dataset';
import { TABLE_COLUMN_IDS } from '../views/table-columns';

describe('browserDataset', () => {
  const data = loadDataset();
  const slim = browserDataset(data);

  it('keeps every record and every column the table can show, so the view CSV is the same', () => {
    expect(slim.factories.map((f) => f.id)).toEqual(data.factories.map((f) => f.id));
    const keys = csvKeysForView(TABLE_COLUMN_IDS);
    expect(factoriesCsv(slim.factories, slim.sectors, keys)).toBe(factoriesCsv(data.factories, data.sectors, keys));
  });

  it('keeps what the machine and serving columns read, so the compare CSV writes them as the static file does', () => {
    const keys = ['machines', 'accelerator_models', 'accelerator_counts', 'ai_performance', 'hpl', 'serving_now', 'serving_systems'];
    const csv = factoriesCsv(slim.factories, slim.sectors, keys);
    expect(csv).toBe(factoriesCsv(data.factories, data.sectors, keys));
    expect(csv).toContain('at least 8000');
    // Steps stay (the compute figure, the as-of view and the plans figure read them), without sources or notes.
    expect(slim.factories.flatMap((f) => f.machines).every((m) => m.note === undefined && m.steps.every((s) => !s.sources.length && !s.note))).toBe(true);
  });

  it('drops what only /about and the factory pages show', () => {
    expect(slim.changes).toEqual([]);
    expect(slim.gigafactories.events).toEqual([]);
    expect(slim.programme.note).toBeUndefined();
    expect(slim.programme.sources).toEqual(data.programme.sources.slice(0, 1));
    expect(slim.factories.every((f) => f.services.length === 0 && f.url === '')).toBe(true);
    // Of the sources, only those a plan names, untitled: the plans figure links them.
    const planIds = (f: (typeof data.factories)[number]) =>
      new Set([...f.events, ...f.machines.flatMap((m) => m.steps)].flatMap((s) => s.plans ?? []).flatMap((p) => p.sources));
    for (const [i, f] of slim.factories.entries()) {
      expect(f.sources.map((s) => s.id).sort()).toEqual([...planIds(data.factories[i]!)].sort());
      expect(f.sources.every((s) => s.title === '')).toBe(true);
    }
    // Of the machines' steps, the dates, statuses and plans the as-of view and the plans figure read; no sources, notes.
    const machines = (d: typeof data) => d.factories.flatMap((f) => f.machines);
    expect(machines(slim).map((m) => m.steps.map((s) => [s.kind, s.date, s.status, s.plans]))).toEqual(machines(data).map((m) => m.steps.map((s) => [s.kind, s.date, s.status, s.plans])));
    expect(machines(slim).every((m) => m.steps.every((s) => s.sources.length === 0 && s.note === undefined))).toBe(true);
    expect(slim.factories.every((f) => f.access.length === 0 && f.disputes === undefined)).toBe(true);
    expect(slim.programme.access).toEqual([]);
    expect(slim.factories.every((f) => Object.keys(f.cite).length === 0)).toBe(true);
    expect(slim.factories.flatMap((f) => f.events).every((e) => e.sources.length === 0 && e.note === undefined)).toBe(true);
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(data).length * 0.5);
  });

  it('keeps each machine’s figures and dated steps, without their sources (their plans stay: the plans figure reads them)', () => {
    const machines = slim.factories.flatMap((f) => f.machines);
    expect(machines.map((m) => [m.id, m.status, m.steps.map((s) => [s.kind, s.date, s.status])])).toEqual(
      data.factories.flatMap((f) => f.machines).map((m) => [m.id, m.status, m.steps.map((s) => [s.kind, s.date, s.status])]),
    );
    expect(machines.every((m) => Object.keys(m.cite).length === 0 && m.steps.every((s) => !s.sources.length && !s.note))).toBe(true);
  });
});

describe('finderDataset', () => {
  it('keeps what the finder ranks by and nothing of money, machines or sources', () => {
    const data = loadDataset();
    const { factories, antennas } = finderDataset(data);
    expect(factories.map((f) => f.id)).toEqual(data.factories.map((f) => f.id));
    expect(Object.keys(factories[0]!).sort()).toEqual(['access', 'acronym', 'city', 'country', 'id', 'launch', 'location', 'name', 'partnerCountries', 'sectors', 'services', 'serving']);
    // Whether it serves users now and on what, by name; when its services start.
    const lumi = factories.find((f) => f.id === 'lumi-aif')!;
    expect(lumi.serving).toEqual({ status: 'serving', systems: ['LUMI'] });
    expect(lumi.launch).toEqual({ date: '2025-03', status: 'reported' });
    // Each result's ways in, as the data names them (their sources are on the factory's page).
    expect(factories.map((f) => f.access)).toEqual(data.factories.map((f) => f.access.map(({ kind, url }) => ({ kind, url }))));
    expect(antennas[0]).toEqual({ id: data.antennas[0]!.id, country: data.antennas[0]!.country, factoryIds: data.antennas[0]!.factoryIds });
  });
});

describe('browserDataset for a screen', () => {
  it('drops the sources a slide never shows, and keeps every figure', () => {
    const data = loadDataset();
    const screen = browserDataset(data, 'screen');
    expect(screen.antennas.every((a) => a.sources.length === 0)).toBe(true);
    expect(screen.factories.map((f) => f.funding)).toEqual(data.factories.map((f) => f.funding));
    expect(screen.waves.every((w) => w.sources.length === 1)).toBe(true);
    expect(JSON.stringify(screen).length).toBeLessThan(JSON.stringify(browserDataset(data)).length);
  });
});

describe('compareDataset', () => {
  const data = loadDataset();

  it('writes the whole-dataset CSV for the factories compared: no column left empty by the trim', () => {
    const trimmed = compareDataset(data);
    expect(factoriesCsv(trimmed.factories, trimmed.sectors)).toBe(factoriesCsv(data.factories, data.sectors));
  });

  it('keeps only the money citations', () => {
    const cited = compareDataset(data).factories.flatMap((f) => Object.keys(f.cite));
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.every((path) => path.startsWith('funding.'))).toBe(true);
  });
});
