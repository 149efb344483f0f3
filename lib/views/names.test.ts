import { describe, expect, it } from 'vitest';
import { factoryShortName } from './names';

describe('factoryShortName', () => {
  it('takes the acronym, else the name up to a dash or bracket', () => {
    expect(factoryShortName({ name: 'IT4LIA AI Factory', acronym: 'IT4LIA' })).toBe('IT4LIA');
    expect(factoryShortName({ name: 'Mimer – The Swedish AI Innovation Factory' })).toBe('Mimer');
    expect(factoryShortName({ name: 'Dutch AI Factory (AI-fabriek Groningen)' })).toBe('Dutch AI Factory');
    expect(factoryShortName({ name: 'LUMI AI Factory' })).toBe('LUMI AI Factory');
  });
});
