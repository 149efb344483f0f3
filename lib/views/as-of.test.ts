// Every model as of fixed months, against values worked out by hand from test/fixtures.ts's time fixtures:
// alpha and beta selected 2024-12-10, gamma 2025-03-12, delta 2025-10-10; three antennas 2025-10-13; waves of
// €1.5 bn, €485 m and over €500 m; the programme's "over €2.6 bn" stated 2025-10-10; the data dated 2026-07-02.
import { describe, expect, it } from 'vitest';
import { timeDataset } from '../../test/fixtures';
import { EMPTY_FILTERS } from '../url/filters';
import { asOfView, monthSpan } from './as-of';
import { countriesModel } from './countries';
import { filteredView, viewFromParams } from './filtered';
import { fundingModel } from './funding';
import { kpisModel } from './kpis';
import { plansModel } from './plans';
import { sectorsModel } from './sectors';
import { timelineModel } from './timeline';

const at = (month: string | null) => filteredView(timeDataset, EMPTY_FILTERS, month);
const head = (month: string) => ({ key: 'asOf', values: { month: { month } } });
const ahead = (month: string) => ({ key: 'asOfPlanned', values: { month: { month } } });

describe('the span of months', () => {
  it('runs from the first selection to the month of the last planned step', () => {
    // delta's machine is planned for "2028": its period ends in December 2028.
    expect(monthSpan(timeDataset)).toEqual({ first: '2024-12', last: '2028-12' });
  });
});

describe('the dataset as of a month', () => {
  it('keeps what was selected and announced by the month’s end', () => {
    expect(asOfView(timeDataset, '2024-12').factories.map((f) => f.id)).toEqual(['alpha', 'beta']);
    expect(asOfView(timeDataset, '2025-06').factories.map((f) => f.id)).toEqual(['alpha', 'beta', 'gamma']);
    expect(asOfView(timeDataset, '2025-06').antennas).toEqual([]);
    expect(asOfView(timeDataset, '2025-10').antennas).toHaveLength(3);
    expect(asOfView(timeDataset, '2025-06').waves.map((w) => w.id)).toEqual([1, 2]);
  });

  it('counts a step as reported from its reported month, and as planned before', () => {
    const alpha = (month: string) => asOfView(timeDataset, month).factories[0]!.machines[0]!;
    expect(alpha('2025-05').steps.find((s) => s.kind === 'operation')!.status).toBe('planned');
    expect(alpha('2025-05').status).toBe('contracted');
    expect(alpha('2025-06').status).toBe('operating');
    // Plans announced after the month were not known yet.
    expect(alpha('2025-01').steps.find((s) => s.kind === 'operation')!.plans).toHaveLength(1);
  });

  it('states the commitment of the waves selected by then until the programme’s figure was stated', () => {
    expect(asOfView(timeDataset, '2024-12').programme).toMatchObject({ committedEur: 1_500_000_000, committedMinEur: undefined, statedOn: '2024-12-10' });
    expect(asOfView(timeDataset, '2025-06').programme).toMatchObject({ committedEur: 1_985_000_000, statedOn: '2025-03-12' });
    expect(asOfView(timeDataset, '2025-10').programme).toMatchObject({ committedEur: null, committedMinEur: 2_600_000_000 });
  });

  it('reads the month from the URL, clamped or ignored', () => {
    expect(viewFromParams(timeDataset, { at: '2025-06' }).asOf).toBe('2025-06');
    expect(viewFromParams(timeDataset, { at: '2019-01' }).asOf).toBe('2024-12');
    expect(viewFromParams(timeDataset, { at: '2040-01' }).asOf).toBe('2028-12');
    expect(viewFromParams(timeDataset, { at: 'soon' }).asOf).toBeNull();
    expect(viewFromParams(timeDataset, { at: 'soon' }).factories).toHaveLength(4);
  });
});

describe('each model as of 2024-12, 2025-06, 2026-12 and 2028-01', () => {
  it('key figures', () => {
    const pick = (month: string) => {
      const k = kpisModel(at(month));
      return [k.factories, k.hostCountries, k.participatingCountries, k.antennas, k.sectors, k.money.exactEur, k.money.minEur];
    };
    expect(pick('2024-12')).toEqual([2, 2, 4, 0, 2, 1_500_000_000, null]);
    expect(pick('2025-06')).toEqual([3, 3, 6, 0, 3, 1_985_000_000, null]);
    expect(pick('2026-12')).toEqual([4, 4, 7, 3, 4, null, 2_600_000_000]);
    expect(pick('2028-01')).toEqual([4, 4, 7, 3, 4, null, 2_600_000_000]);
    expect(kpisModel(at('2025-06')).takeaway).toEqual([head('2025-06'), { key: 'kpis', values: { factories: 3, hosts: 3, countries: 6 } }]);
    // After the data's own month the view is the plans as known now, and says so.
    expect(kpisModel(at('2026-12')).takeaway[0]).toEqual(ahead('2026-12'));
    expect(kpisModel(at(null)).takeaway[0]!.key).toBe('kpis');
  });

  it('country spread', () => {
    const roles = (month: string) => countriesModel(at(month)).roleCounts;
    expect(roles('2024-12')).toEqual({ host: 2, partner: 2, antenna: 0 });
    expect(roles('2025-06')).toEqual({ host: 3, partner: 3, antenna: 0 });
    expect(roles('2026-12')).toEqual({ host: 4, partner: 3, antenna: 3 });
    expect(roles('2028-01')).toEqual({ host: 4, partner: 3, antenna: 3 });
    expect(countriesModel(at('2025-06')).takeaway[0]).toEqual(head('2025-06'));
  });

  it('sector coverage', () => {
    const covered = (month: string) => sectorsModel(at(month)).rows.filter((r) => r.count > 0).map((r) => [r.slug, r.count]);
    expect(covered('2024-12')).toEqual([['health', 2], ['climate', 1]]);
    expect(covered('2025-06')).toEqual([['health', 2], ['climate', 1], ['space', 1]]);
    expect(covered('2026-12')).toEqual([['health', 2], ['climate', 1], ['finance', 1], ['space', 1]]);
    expect(covered('2028-01')).toEqual(covered('2026-12'));
  });

  it('funding', () => {
    const disclosed = (month: string) => {
      const m = fundingModel(at(month));
      return [m.disclosedEur, m.disclosedFactories, m.factories.length, m.waves.map((w) => w.id)];
    };
    expect(disclosed('2024-12')).toEqual([530_000_000, 2, 2, [1]]);
    expect(disclosed('2025-06')).toEqual([530_000_000, 2, 3, [1, 2]]);
    expect(disclosed('2026-12')).toEqual([580_000_000, 3, 4, [1, 2, 3]]);
    expect(disclosed('2028-01')).toEqual([580_000_000, 3, 4, [1, 2, 3]]);
  });

  it('timeline', () => {
    const statuses = (month: string) =>
      timelineModel(at(month))
        .events.filter((e) => e.kind === 'operation' || e.kind === 'launch')
        .map((e) => `${e.factoryIds.join()}:${e.kind}:${e.status}`);
    expect(statuses('2024-12')).toEqual(['alpha:operation:planned']);
    expect(statuses('2025-06')).toEqual(['alpha:operation:reported', 'gamma:operation:planned']);
    // By the records' check day (26 Nov 2026) delta's launch, planned for February 2026, is overdue.
    expect(statuses('2026-12')).toEqual(['alpha:operation:reported', 'delta:launch:overdue', 'gamma:operation:planned']);
    expect(statuses('2028-01')).toEqual(statuses('2026-12'));
    expect(timelineModel(at('2024-12')).events.filter((e) => e.kind === 'selected')).toHaveLength(1);
  });

  it('plans against delivery', () => {
    const rows = (month: string) => plansModel(at(month)).rows.map((r) => [r.id, r.plans.length, r.delivered, r.slipMonths, r.atLeast]);
    expect(rows('2024-12')).toEqual([['alpha-m', 1, null, 0, false]]);
    expect(rows('2025-06')).toEqual([['alpha-m', 2, '2025-06', 3, false], ['gamma-m', 1, null, 0, false]]);
    expect(rows('2026-12')).toEqual([
      ['gamma-m', 2, null, 12, false],
      ['delta:launch', 1, null, 9, true],
      ['alpha-m', 2, '2025-06', 3, false],
      ['delta-m', 1, null, 0, false],
    ]);
    expect(rows('2028-01')).toEqual(rows('2026-12'));
    expect(plansModel(at('2025-06')).takeaway).toEqual([
      head('2025-06'),
      { key: 'plansSummary', values: { count: 2, moved: 1 } },
      { key: 'plansLargest', values: { names: { list: [{ text: 'Alpha AI Factory (ALPHA-M)' }] }, months: 3, tied: 1 } },
    ]);
  });
});
