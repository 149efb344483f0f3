import { describe, expect, it } from 'vitest';
import { RingCollector, ringsToPath, simplifyRing } from './svg-path';

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

describe('simplifyRing', () => {
  it('merges straight runs of whole-pixel steps into one segment', () => {
    expect(simplifyRing([[0, 0], [1, 0], [2, 0], [3, 0], [3, 1], [3, 2], [0, 2], [0, 1]], 0.5)).toEqual([[0, 0], [3, 0], [3, 2], [0, 2]]);
  });
  it('drops a point closer to the line than the tolerance and keeps one farther off', () => {
    expect(simplifyRing([[0, 0], [5, 0.4], [10, 0], [10, 10], [0, 10]], 0.5)).toEqual([[0, 0], [10, 0], [10, 10], [0, 10]]);
    expect(simplifyRing([[0, 0], [5, 0.6], [10, 0], [10, 10], [0, 10]], 0.5)).toEqual([[0, 0], [5, 0.6], [10, 0], [10, 10], [0, 10]]);
  });
  it('reads a ring given closed or open alike', () => {
    const open: [number, number][] = [[0, 0], [4, 0], [4, 4], [2, 4], [0, 4]];
    expect(simplifyRing([...open, [0, 0]], 0.5)).toEqual(simplifyRing(open, 0.5));
    expect(simplifyRing(open, 0.5)).toEqual([[0, 0], [4, 0], [4, 4], [0, 4]]);
  });
  it('leaves a triangle alone', () => {
    expect(simplifyRing([[0, 0], [2, 0], [1, 1]], 0.5)).toEqual([[0, 0], [2, 0], [1, 1]]);
  });
});
