import { describe, expect, it } from 'vitest';
import { countAxis } from './axis';

describe('countAxis', () => {
  it('ends at the largest count with whole-number ticks', () => {
    expect(countAxis(1)).toEqual({ domain: [0, 1], ticks: [0, 1] });
    expect(countAxis(3)).toEqual({ domain: [0, 3], ticks: [0, 1, 2, 3] });
    expect(countAxis(0)).toEqual({ domain: [0, 1], ticks: [0, 1] });
  });
  it('thins the ticks for large counts', () => {
    expect(countAxis(13)).toEqual({ domain: [0, 13], ticks: [0, 3, 6, 9, 12] });
  });
});
