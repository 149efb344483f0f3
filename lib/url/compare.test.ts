import { describe, expect, it } from 'vitest';
import { compareQuery, parseCompareIds } from './compare';

const known = ['alpha', 'beta', 'gamma'];

describe('parseCompareIds', () => {
  it('reads a comma list and the form’s repeated parameter, in the order given', () => {
    expect(parseCompareIds(new URLSearchParams('ids=gamma,alpha'), known)).toEqual(['gamma', 'alpha']);
    expect(parseCompareIds(new URLSearchParams('ids=beta&ids=alpha'), known)).toEqual(['beta', 'alpha']);
  });
  it('drops unknown, empty and repeated ids, ignores case and keeps at most four', () => {
    expect(parseCompareIds(new URLSearchParams('ids=alpha,,nope,ALPHA,<script>,beta'), known)).toEqual(['alpha', 'beta']);
    const many = ['a', 'b', 'c', 'd', 'e'];
    expect(parseCompareIds(new URLSearchParams(`ids=${many.join(',')}`), many)).toEqual(['a', 'b', 'c', 'd']);
    expect(parseCompareIds(new URLSearchParams(''), known)).toEqual([]);
  });
  it('writes what it reads', () => {
    expect(compareQuery(['alpha', 'beta'])).toBe('ids=alpha,beta');
    expect(parseCompareIds(new URLSearchParams(compareQuery(['beta', 'gamma'])), known)).toEqual(['beta', 'gamma']);
  });
});

describe('parseCompareIds, spaces', () => {
  it('trims each id', () => {
    expect(parseCompareIds(new URLSearchParams('ids=%20a%20,b'), ['a', 'b'])).toEqual(['a', 'b']);
  });
});
