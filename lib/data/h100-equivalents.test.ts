import { describe, expect, it } from 'vitest';
import { UnknownChipError, chipRatio, h100Equivalents } from './h100-equivalents';
import type { Accelerator } from './schema';
import { chips } from '../../test/fixtures';

const part = (chip: string | null, count: number | null, countQualifier: Accelerator['countQualifier'] = 'exact'): Accelerator => ({
  model: 'GPU',
  chip,
  count,
  countQualifier,
  sources: ['s1'],
});

describe('h100Equivalents', () => {
  it('counts each chip at its dense 16-bit figure relative to the H100, and adds the parts of one machine', () => {
    expect(h100Equivalents([part('double', 100), part('nvidia-h100-sxm', 10)], chips)).toEqual({
      value: 210,
      basis: ['fp16'],
      lowerBound: false,
      upperBound: false,
      approximate: false,
      complete: true,
    });
  });

  it('falls back to the 8-bit figure where the datasheet gives no 16-bit one, and says so', () => {
    const estimate = h100Equivalents([part('eight-bit', 10)], chips);
    expect(estimate?.value).toBe(15);
    expect(estimate?.basis).toEqual(['fp8']);
  });

  it('marks a lower bound, an upper bound and an approximate count, and a machine with parts it cannot count', () => {
    expect(h100Equivalents([part('double', 8000, 'at-least')], chips)?.lowerBound).toBe(true);
    expect(h100Equivalents([part('double', 8000, 'up-to')], chips)?.upperBound).toBe(true);
    expect(h100Equivalents([part('double', 1000, 'about')], chips)?.approximate).toBe(true);
    const partial = h100Equivalents([part('double', 10), part(null, 50), part('double', null)], chips);
    expect(partial).toMatchObject({ value: 20, complete: false });
  });

  it('gives no estimate without a chip-table id and a count', () => {
    expect(h100Equivalents([part(null, 100), part('double', null)], chips)).toBeNull();
    expect(h100Equivalents([], chips)).toBeNull();
  });

  it('refuses a chip the table lacks, rather than guess', () => {
    expect(() => h100Equivalents([part('nvidia-gb900', 1)], chips)).toThrow(UnknownChipError);
  });

  it('compares at 16 bits first', () => {
    const [reference, double] = chips.chips;
    expect(chipRatio(double!, reference!)).toEqual({ ratio: 2, basis: 'fp16' });
  });
});
