import { describe, expect, it } from 'vitest';
import { parseSort, serializeSort, withSort } from './sort';

const known = ['name', 'funding', 'wave', 'host'];

describe('parseSort', () => {
  it('reads keys in order with their directions', () => {
    expect(parseSort('funding:desc,name:asc', known)).toEqual([
      { id: 'funding', desc: true },
      { id: 'name', desc: false },
    ]);
  });

  it('defaults a bare column to ascending and accepts upper-case directions', () => {
    expect(parseSort('name,wave:DESC', known)).toEqual([
      { id: 'name', desc: false },
      { id: 'wave', desc: true },
    ]);
  });

  it('drops unknown columns, bad directions, repeats and junk without throwing', () => {
    expect(parseSort('nope:desc,name:sideways,funding:desc,funding:asc,:desc,,a:b:c', known)).toEqual([
      { id: 'funding', desc: true },
    ]);
    expect(parseSort('__proto__:asc,constructor', known)).toEqual([]);
    expect(parseSort('', known)).toEqual([]);
    expect(parseSort(null, known)).toEqual([]);
    expect(parseSort(undefined, known)).toEqual([]);
  });

  it('keeps at most three keys', () => {
    expect(parseSort('name,funding,wave,host', known).map((k) => k.id)).toEqual(['name', 'funding', 'wave']);
  });

  it('round-trips through serializeSort', () => {
    const keys = parseSort('funding:desc,name:asc', known);
    expect(serializeSort(keys)).toBe('funding:desc,name:asc');
    expect(serializeSort([])).toBe('');
  });
});

describe('withSort', () => {
  it('replaces only the sort and keeps the filters', () => {
    const params = withSort('wave=1&q=lumi&sort=name:asc', [{ id: 'funding', desc: true }]);
    expect(params.get('wave')).toBe('1');
    expect(params.get('q')).toBe('lumi');
    expect(params.get('sort')).toBe('funding:desc');
  });

  it('removes the parameter when nothing is sorted', () => {
    expect(withSort('?wave=1&sort=name:asc', []).toString()).toBe('wave=1');
  });
});

describe('parseSort, spaces and separators', () => {
  it('reads keys around spaces, split on commas and colons only', () => {
    expect(parseSort(' name:desc , funding ', ['name', 'funding'])).toEqual([
      { id: 'name', desc: true },
      { id: 'funding', desc: false },
    ]);
  });
});
