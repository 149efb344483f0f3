import { describe, expect, it } from 'vitest';
import { factories, factory, sectors, view } from '../../test/fixtures';
import { say } from '../../test/i18n';
import { sectorRows, sectorsModel } from './sectors';

const words = (m: Parameters<typeof say>[0]) => say(m, 'en', sectors);

describe('sectorRows', () => {
  it('counts factories per sector, largest first, ties by label, empty sectors dropped', () => {
    expect(sectorRows(factories, sectors).map((s) => [s.slug, s.count])).toEqual([
      ['health', 2],
      ['climate', 1],
      ['space', 1],
    ]);
  });
  it('is empty for no factories', () => expect(sectorRows([], sectors)).toEqual([]));
});

describe('sectorsModel', () => {
  it('has a matrix row per factory and a column per covered sector', () => {
    const { matrix } = sectorsModel(view());
    expect(matrix.sectors.map((s) => s.slug)).toEqual(['health', 'climate', 'space']);
    expect(matrix.rows.find((r) => r.id === 'alpha')?.covers).toEqual([true, true, false]);
    expect(matrix.rows.find((r) => r.id === 'gamma')?.covers).toEqual([false, false, true]);
  });
  it('draws one bar per covered sector', () => {
    expect(sectorsModel(view()).bars.rows[0]).toEqual({ key: 'health', label: { text: 'Health' }, total: 2, segments: [{ series: 'sector', value: 2 }] });
  });
  it('names the most covered sector, quoted, with its count', () => {
    expect(words(sectorsModel(view()).takeaway)).toBe('“Health” is covered by 2 of 3 factories, more than any other sector.');
  });
  it('names two tied sectors as two, and counts three or more', () => {
    const two = { ...view(), factories: [factory({ id: 'a', sectors: ['health', 'climate'] })] };
    expect(words(sectorsModel(two).takeaway)).toBe('“Climate” and “Health” are all covered by the one factory shown.');
    const three = { ...view(), factories: [factory({ id: 'a', sectors: ['health', 'climate', 'space'] }), factory({ id: 'b' })] };
    expect(words(sectorsModel(three).takeaway)).toBe('3 sectors are each covered by 1 of 2 factories.');
  });
  it('has words of its own for no sector disclosed and for no factory', () => {
    const none = { ...view(), factories: [factory({ id: 'a' }), factory({ id: 'b' })] };
    expect(words(sectorsModel(none).takeaway)).toBe('Sectors not disclosed for any of the 2 factories shown.');
    expect(words(sectorsModel(none).undisclosed!)).toBe('Sector focus not disclosed for: Factory a and Factory b.');
    expect(words(sectorsModel({ ...view(), factories: [] }).takeaway)).toBe('No factory matches the current filters.');
    expect(sectorsModel(view()).undisclosed).toBeNull();
  });
});
