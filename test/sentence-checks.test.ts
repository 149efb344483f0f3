import { describe, expect, it } from 'vitest';
import { countsWithoutPlural, englishLeftovers, wordsOf } from './sentence-checks';

describe('countsWithoutPlural', () => {
  it('finds a count dropped bare into a sentence', () => {
    expect(countsWithoutPlural('{count} factories', ['count'])).toEqual(['count']);
    expect(countsWithoutPlural('{disclosed} von {count, plural, one {# Fabrik} other {# Fabriken}}', ['disclosed', 'count'])).toEqual(['disclosed']);
  });
  it('passes a count that chooses its plural, anywhere in the message', () => {
    expect(countsWithoutPlural('{count, plural, one {# factory} other {# factories}}', ['count'])).toEqual([]);
    expect(countsWithoutPlural('{lead, select, yes {{n, plural, other {#}} more} other {}}', ['n'])).toEqual([]);
  });
  it('finds a count left bare beside its own plural', () => {
    expect(countsWithoutPlural('{n, plural, one {one} other {many}}: {n}', ['n'])).toEqual(['n']);
  });
});

describe('englishLeftovers', () => {
  const english = new Set(['factories', 'covered', 'sector']);
  it('finds an English word the language never uses', () => {
    expect(englishLeftovers('„Gesundheit“ wird von 3 factories abgedeckt', english, new Set(['gesundheit']), new Set())).toEqual(['factories']);
  });
  it('lets through the language’s own words and the data’s names', () => {
    expect(englishLeftovers('Sector Alpha: 3', english, new Set(['sector']), new Set())).toEqual([]);
    expect(englishLeftovers('Covered Factory', english, new Set(), new Set(['covered', 'factory']))).toEqual([]);
  });
  it('reads words in any script, without placeholders', () => {
    expect(wordsOf('{count} Εργοστάσια ΤΝ, {x} фабрики')).toEqual(['εργοστάσια', 'τν', 'фабрики']);
  });
});
