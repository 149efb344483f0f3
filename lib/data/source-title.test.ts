import { describe, expect, it } from 'vitest';
import { titleParts } from './source-title';

describe('titleParts', () => {
  it('splits the editor’s bracketed note from the source’s own title', () => {
    expect(titleParts('Druga Fabryka AI w Polsce (Telepolis)')).toEqual({ title: 'Druga Fabryka AI w Polsce', note: '(Telepolis)' });
    expect(titleParts('Bologna inaugura IT4LIA (il Giornale, 2025-09-05: "a (b) c")')).toEqual({ title: 'Bologna inaugura IT4LIA', note: '(il Giornale, 2025-09-05: "a (b) c")' });
  });
  it('leaves a title without a final note, or whose brackets belong to it, whole', () => {
    expect(titleParts('AI Factory France : un avenir prometteur')).toEqual({ title: 'AI Factory France : un avenir prometteur', note: null });
    expect(titleParts('(AI2F)')).toEqual({ title: '(AI2F)', note: null });
    expect(titleParts('x)')).toEqual({ title: 'x)', note: null });
  });
});
