import { describe, expect, it } from 'vitest';
import { RingCollector, ringsToPath } from './svg-path';

describe('RingCollector', () => {
  it('rounds points and drops repeats', () => {
    const c = new RingCollector();
    c.moveTo(0.4, 0.4);
    c.lineTo(0.2, 0.1);
    c.lineTo(10.6, 0);
    c.lineTo(10, 9.7);
    c.closePath();
    expect(c.rings).toEqual([[[0, 0], [11, 0], [10, 10]]]);
  });
});

describe('ringsToPath', () => {
  it('writes relative moves and lines that draw the same shape', () => {
    const d = ringsToPath([
      [[10, 10], [20, 10], [20, 20], [10, 10]],
      [[30, 5], [40, 5], [35, 0]],
    ]);
    expect(d).toBe('M10 10l10 0 0 10zm20-5l10 0-5-5z');
  });
  it('drops rings that collapse to fewer than three points', () => {
    expect(ringsToPath([[[1, 1], [2, 2]], [[1, 1], [1, 1], [1, 1]]])).toBe('');
  });
});
