import { describe, expect, it } from 'vitest';
import { acceleratorCells, countText, hplCells, machineCells, performanceCells, performanceText, servingNow } from './machine-cells';
import type { Factory } from '../data/schema';
import { factory } from '../../test/fixtures';

const withMachines = (): Factory =>
  factory({
    id: 'x',
    machines: [
      {
        id: 'x-new',
        name: null,
        kind: 'new',
        vendor: null,
        integrator: null,
        accelerators: [{ model: 'GB200 NVL4', chip: null, count: 8000, countQualifier: 'at-least', sources: ['s1'] }],
        aiPerformance: [{ value: 30, unit: 'EFLOPS', precision: 'FP4', sparsity: null, qualifier: 'exact', sources: ['s1'] }],
        hpl: null,
        powerMw: null,
        costEur: null,
        status: 'contracted',
        steps: [],
        cite: {},
      },
      {
        id: 'x-old',
        name: 'Old',
        kind: 'existing',
        vendor: null,
        integrator: null,
        accelerators: [{ model: 'H100', chip: null, count: null, countQualifier: 'exact', sources: ['s1'] }],
        aiPerformance: [],
        hpl: { rmaxPflops: 241.2, list: '2024-06', rank: 7, sources: ['s1'] },
        powerMw: null,
        costEur: null,
        status: 'operating',
        steps: [],
        cite: {},
      },
    ],
  });

describe('machine cells', () => {
  it('names each machine with its kind and status, by id while it has no name', () => {
    expect(machineCells(withMachines())).toEqual(['x-new (new, contracted)', 'Old (existing, operating)']);
  });

  it('writes counts with their bounds and never sums them across machines', () => {
    expect(acceleratorCells(withMachines(), countText)).toEqual(['x-new: at least 8000', 'Old: not disclosed']);
    expect(acceleratorCells(withMachines(), (a) => a.model)).toEqual(['x-new: GB200 NVL4', 'Old: H100']);
  });

  it('keeps each performance figure in its own precision and says when sparsity is not stated', () => {
    expect(performanceCells(withMachines())).toEqual(['x-new: 30 EFLOPS FP4 (sparsity not stated)']);
    expect(performanceText({ value: 1, unit: 'EFLOPS', precision: 'FP64', sparsity: false, qualifier: 'at-least' })).toBe(
      'at least 1 EFLOPS FP64 dense',
    );
    expect(performanceText({ value: 2, unit: 'PFLOPS', precision: 'FP8', sparsity: true, qualifier: 'about' })).toBe(
      'about 2 PFLOPS FP8 with sparsity',
    );
  });

  it('writes the HPL result with its TOP500 list and rank', () => {
    expect(hplCells(withMachines())).toEqual(['Old: 241.2 PFLOPS (TOP500 2024-06, #7)']);
  });

  it('says yes, no, or nothing about serving users now', () => {
    expect(servingNow(factory({ id: 'a', serving: { status: 'serving', systems: [{ name: 'LUMI' }], sources: ['s1'] } }))).toBe('yes');
    expect(servingNow(factory({ id: 'b', serving: { status: 'not-yet', systems: [], sources: ['s1'] } }))).toBe('no');
    expect(servingNow(factory({ id: 'c' }))).toBeUndefined();
  });
});
