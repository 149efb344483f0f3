import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../url/filters';
import { sectors } from '../../test/fixtures';
import { say } from '../../test/i18n';
import { filterCaption } from './caption';

describe('filterCaption', () => {
  it('is null without filters', () => expect(filterCaption(EMPTY_FILTERS)).toBeNull());
  it('names each kind of filter, a plural for several waves, sectors quoted in a list', () => {
    expect(say(filterCaption({ ...EMPTY_FILTERS, waves: [2] })!)).toBe('Filtered: wave 2');
    const all = filterCaption({ waves: [1, 2], countries: ['IT', 'FI'], sectors: ['health', 'space'], q: 'lumi' })!;
    expect(say(all, 'en', sectors)).toBe('Filtered: waves 1 and 2 · Italy and Finland · “Health” and “Space” · “lumi”');
  });
});
