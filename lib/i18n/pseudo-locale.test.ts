import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { pseudoMessage, pseudoMessages } from './pseudo-locale';

describe('pseudoMessage', () => {
  it('accents the letters and makes the text about 40 % longer', () => {
    const out = pseudoMessage('Screen mode');
    expect(out).toMatch(/^Šçŕééñ ɱöðé /);
    expect(out.length).toBeGreaterThanOrEqual(Math.round('Screen mode'.length * 1.3));
  });

  it('keeps arguments, plural branches and # intact, so the message still formats', () => {
    const source = 'Showing {count, plural, one {# factory} other {# factories}} of {total}';
    const out = pseudoMessage(source);
    expect(out).toContain('{total}');
    const formatted = new IntlMessageFormat(out, 'en').format({ count: 3, total: 19 }) as string;
    expect(formatted).toContain('3 ƒáçţöŕíéš');
    expect(formatted).toContain('19');
  });

  it('keeps rich-text tags', () => {
    const out = pseudoMessage('Run <code>npm test</code> now');
    expect(out).toMatch(/^Ŕüñ .*<code>ñþɱ ţéšţ.*<\/code> ñöŵ/);
  });

  it('leaves a message of only an argument alone', () => expect(pseudoMessage('{value}')).toBe('{value}'));

  it('maps a whole tree, keys unchanged', () => {
    expect(Object.keys(pseudoMessages({ a: { b: 'Wave', c: 'Sector' } }).a as object)).toEqual(['b', 'c']);
  });
});
