import { describe, expect, it } from 'vitest';
import type { Machine } from '../data/schema';
import { chips, factory } from '../../test/fixtures';
import { factoryMachines } from './factory-machines';

const base: Omit<Machine, 'id' | 'status'> = { name: null, kind: 'new', vendor: null, integrator: null, accelerators: [], aiPerformance: [], hpl: null, powerMw: null, costEur: null, steps: [], cite: {} };
const sources = [
  { id: 's1', url: 'https://example.org/1', title: 'One' },
  { id: 's2', url: 'https://example.org/2', title: 'Two' },
];

const lumi = factory({
  id: 'lumi',
  checkedOn: '2026-11-26',
  sources,
  events: [{ kind: 'launch', date: '2025-03', status: 'reported', sources: ['s2'] }],
  serving: { status: 'serving', systems: [{ name: 'LUMI', machineId: 'lumi-old' }], sources: ['s2'] },
  machines: [
    {
      ...base,
      id: 'lumi-ai',
      name: 'LUMI-AI',
      status: 'contracted',
      vendor: 'HPE',
      cite: { vendor: ['s2'] },
      accelerators: [{ model: 'H100', chip: 'nvidia-h100-sxm', count: 2000, countQualifier: 'at-least', sources: ['s1'] }],
      aiPerformance: [{ value: 1, unit: 'EFLOPS', precision: 'FP8', sparsity: null, qualifier: 'exact', sources: ['s2'] }],
      steps: [
        { kind: 'operation', date: '2027', status: 'planned', sources: ['s1'] },
        { kind: 'contract', date: '2025-10', status: 'reported', sources: ['s2'] },
        { kind: 'installed', date: '2025', status: 'planned', sources: ['s1'] },
      ],
    },
    { ...base, id: 'lumi-old', name: 'LUMI', kind: 'existing', status: 'operating', hpl: { rmaxPflops: 379.7, list: '2025-06', rank: 9, sources: ['s1'] } },
  ],
});

describe('factoryMachines', () => {
  it('answers first: serving users now, on what, since when, and where its own machine stands', () => {
    const { answer } = factoryMachines(lumi, chips);
    expect(answer).toMatchObject({ status: 'serving', systems: ['LUMI'], numbers: [2], since: '2025-03' });
    expect(answer.own).toMatchObject({ id: 'lumi-ai', status: 'contracted', operation: { date: '2027', status: 'planned', overdue: false } });
  });
  it('says the sources do not say, and has no start date then, even with a reported launch', () => {
    const quiet = factory({ ...lumi, id: 'quiet', serving: { status: 'not-stated', systems: [], sources: [] } });
    expect(factoryMachines(quiet, chips).answer).toMatchObject({ status: 'not-stated', systems: [], numbers: [], since: null });
  });
  it('keeps each figure with its source numbers and the steps in life order, a past plan overdue', () => {
    const [ai, old] = factoryMachines(lumi, chips).machines;
    expect(ai!.estimate).toEqual({ shown: 2000, atLeast: true });
    expect(ai!.accelerators).toEqual([{ model: 'H100', count: 2000, qualifier: 'at-least', numbers: [1] }]);
    expect(ai!.performance).toEqual([{ value: 1, unit: 'EFLOPS', precision: 'FP8', sparsity: null, qualifier: 'exact', numbers: [2] }]);
    expect(ai!.facts.find((x) => x.field === 'vendor')).toEqual({ field: 'vendor', value: 'HPE', numbers: [2] });
    expect(ai!.facts.find((x) => x.field === 'powerMw')).toEqual({ field: 'powerMw', value: null, numbers: [] });
    expect(ai!.steps.map((s) => [s.kind, s.status, s.overdue])).toEqual([
      ['contract', 'reported', false],
      ['installed', 'planned', true],
      ['operation', 'planned', false],
    ]);
    expect(old).toMatchObject({ estimate: null, hpl: { rmaxPflops: 379.7, rank: 9, numbers: [1] }, operation: null });
  });
  it('has no own machine to wait for once it runs', () => {
    const running = factory({ id: 'r', machines: [{ ...base, id: 'r-m', status: 'operating' }] });
    expect(factoryMachines(running, chips).answer.own).toBeNull();
  });
});
