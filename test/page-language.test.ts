import { describe, expect, it } from 'vitest';
import { languageProblems, pluralFormsOf, proseOf, rulesFor, vocabularyOf, type PluralForms } from './page-language';

const page = (body: string, lang = 'cs') => `<!doctype html><html lang="${lang}"><head><title>T</title></head><body>${body}</body></html>`;

describe('pluralFormsOf', () => {
  it('reads the word after each count, with the categories that choose it, from the messages themselves', () => {
    const forms: PluralForms = pluralFormsOf({ a: '{count, plural, one {# továrna} few {# továrny} other {# továren}}' }, 'cs');
    expect(forms.get('továrna')).toEqual(new Set(['one']));
    expect(forms.get('továrny')).toEqual(new Set(['few']));
    // Czech "many" (decimals) reads `other` where the message has no branch for it.
    expect(forms.get('továren')).toEqual(new Set(['many', 'other']));
  });
  it('reads a caption, a message that is one plural of plain words, and keeps =1 apart', () => {
    const forms = pluralFormsOf({ c: '{count, plural, one {țară gazdă} few {țări gazdă} other {de țări gazdă}}', d: '{n, plural, =1 {singura} other {# fabrici}}' }, 'ro');
    expect(forms.get('țări')).toEqual(new Set(['few']));
    expect(forms.get('de')).toEqual(new Set(['other']));
    expect(forms.get('singura')).toEqual(new Set(['=1']));
  });
});

describe('proseOf', () => {
  it('skips what is marked as another language, scripts and code, and reads a key figure as it is drawn', () => {
    const runs = proseOf(page('<p>Dobrý <span lang="en">the day</span> den</p><script>var the</script><dl><div><dt>továren</dt><dd data-kpi="x">19</dd></div></dl>'), 'cs');
    expect(runs).toContain('Dobrý den');
    expect(runs.join(' ')).not.toMatch(/the/);
    expect(runs).toContain('19 továren');
  });
});

describe('languageProblems', () => {
  const rules = rulesFor('cs', { a: '{count, plural, one {# továrna} few {# továrny} other {# továren}}', b: 'to je' }, ['Centre for Data']);
  it('passes a page that reads in its language', () => {
    expect(languageProblems(page('<p>19 továren, 3 továrny, to je Centre for Data.</p>'), rules)).toEqual([]);
  });
  it('finds English, a doubled stop, a placeholder and a wrong caption', () => {
    expect(languageProblems(page('<p>Továrny of the EU</p>'), rules)).toEqual(['English outside lang="en" (of, the): "Továrny of the EU"']);
    expect(languageProblems(page('<p>5. prosince 2026..</p>'), rules)[0]).toMatch(/^a doubled full stop/);
    expect(languageProblems(page('<p>Celkem {count}</p>'), rules)[0]).toMatch(/^a placeholder left/);
    expect(languageProblems(page('<p>19 továrny</p>'), rules)).toEqual(['"19 továrny": the language writes "továrny" after few, not after 19 (other)']);
  });
  it('knows the language’s own words from its messages', () => {
    expect(vocabularyOf({ a: 'to je {x}', b: { c: 'Na' } })).toEqual(new Set(['to', 'je', 'na']));
  });
});
