import { describe, expect, it } from 'vitest';
import { factory } from '../../test/fixtures';
import { closestFactories, cropAround, investmentRank, sectorNeighbours } from './factory-context';

const money = (id: string, totalEur: number | null) => factory({ id, funding: { totalEur, euEur: null, nationalEur: null } });

describe('investmentRank', () => {
  const all = [money('a', 300), money('b', 200), money('c', 200), money('d', 100), money('e', null)];
  it('ranks the announced total among the factories that disclose one, largest first', () => {
    expect(investmentRank(all, 'a')).toEqual({ disclosed: true, rank: 1, of: 4, tied: 1 });
    expect(investmentRank(all, 'd')).toEqual({ disclosed: true, rank: 4, of: 4, tied: 1 });
  });
  it('gives tied totals the same rank and says how many share it', () => {
    expect(investmentRank(all, 'b')).toEqual({ disclosed: true, rank: 2, of: 4, tied: 2 });
    expect(investmentRank(all, 'c')).toEqual({ disclosed: true, rank: 2, of: 4, tied: 2 });
  });
  it('gives no rank to an undisclosed total, but still says how many disclose one', () => {
    expect(investmentRank(all, 'e')).toEqual({ disclosed: false, of: 4 });
    expect(investmentRank(all, 'unknown')).toEqual({ disclosed: false, of: 4 });
  });
});

describe('sectorNeighbours', () => {
  const all = [
    factory({ id: 'self', name: 'Self', sectors: ['health', 'space', 'finance'] }),
    factory({ id: 'two', name: 'Two', sectors: ['health', 'space'] }),
    factory({ id: 'one-b', name: 'B one', sectors: ['finance'] }),
    factory({ id: 'one-a', name: 'A one', sectors: ['health', 'climate'] }),
    factory({ id: 'none', name: 'None', sectors: ['climate'] }),
  ];
  it('lists the factories sharing most sectors first, then by name, and none that shares nothing', () => {
    expect(sectorNeighbours(all, 'self').map((n) => [n.id, n.shared])).toEqual([
      ['two', ['health', 'space']],
      ['one-a', ['health']],
      ['one-b', ['finance']],
    ]);
    expect(sectorNeighbours(all, 'self', 1).map((n) => n.id)).toEqual(['two']);
    expect(sectorNeighbours(all, 'missing')).toEqual([]);
  });
});

describe('closestFactories', () => {
  const at = (lat: number, lon: number) => ({ lat, lon });
  const all = [
    factory({ id: 'self', name: 'Self', wave: 1, sectors: ['health', 'space'], location: at(45, 10) }),
    factory({ id: 'far-same', name: 'Far, same wave', wave: 1, sectors: ['health'], location: at(64, 27) }),
    factory({ id: 'near-same', name: 'Near, same wave', wave: 1, sectors: ['health'], location: at(46, 11) }),
    factory({ id: 'most-sectors', name: 'Most sectors, other wave', wave: 2, sectors: ['health', 'space'], location: at(45, 11) }),
    factory({ id: 'sectors-same', name: 'Both sectors, same wave', wave: 1, sectors: ['health', 'space'], location: at(60, 20) }),
  ];
  it('puts the same wave first, then most shared sectors, then the nearest', () => {
    expect(closestFactories(all, 'self').map((c) => c.id)).toEqual(['sectors-same', 'near-same', 'far-same']);
    expect(closestFactories(all, 'self', 4).map((c) => c.id).at(-1)).toBe('most-sectors');
  });
  it('says why each one is close', () => {
    const [first] = closestFactories(all, 'self');
    expect(first).toMatchObject({ sameWave: true, shared: ['health', 'space'] });
    expect(first!.km).toBeGreaterThan(1500);
  });
});

describe('cropAround', () => {
  const map = { width: 1000, height: 800 };
  it('frames the points with a margin, in the map’s aspect ratio', () => {
    const box = cropAround([[400, 300], [600, 340]], map, 50, 100);
    expect(box.width / box.height).toBeCloseTo(1.25, 1);
    expect(box.x).toBeLessThanOrEqual(350);
    expect(box.x + box.width).toBeGreaterThanOrEqual(650);
    expect(box.y).toBeLessThanOrEqual(250);
  });
  it('keeps a lone point’s neighbourhood and stays inside the map', () => {
    expect(cropAround([[5, 5]], map, 60, 320)).toEqual({ x: 0, y: 0, width: 320, height: 256 });
    expect(cropAround([[0, 0], [1000, 800]], map)).toEqual({ x: 0, y: 0, width: 1000, height: 800 });
    expect(cropAround([], map)).toEqual({ x: 0, y: 0, width: 1000, height: 800 });
  });
});
