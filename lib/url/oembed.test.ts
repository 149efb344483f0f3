import { describe, expect, it } from 'vitest';
import { embedInfo } from './embed';
import { OEMBED_TYPE, oembedAlternate, oembedPath, oembedResponse } from './oembed';

const ORIGIN = 'https://ai-factories.example';
const words = { title: 'Wo die KI-Fabriken der EU sind', provider: 'Dashboard der EU-KI-Fabriken' };

describe('oEmbed', () => {
  it('has one response file per view and language, English unprefixed', () => {
    expect(oembedPath('funding', 'en')).toBe('/oembed/funding.json');
    expect(oembedPath('map', 'de')).toBe('/de/oembed/map.json');
  });

  it('answers with a rich response: the embed code of the view in its language, its size, provider and cache age', () => {
    const response = oembedResponse(ORIGIN, 'map', 'de', words);
    expect(response).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: words.title,
      width: 700,
      height: embedInfo('map').height,
      provider_name: words.provider,
      provider_url: `${ORIGIN}/de`,
      cache_age: 86_400,
    });
    expect(response.html).toContain(`<iframe src="${ORIGIN}/de/embed/map" title="${words.title}"`);
    expect(response.html).toContain(`<script src="${ORIGIN}/embed.js" async></script>`);
    expect(oembedResponse(ORIGIN, 'funding', 'en', words).provider_url).toBe(`${ORIGIN}/`);
  });

  it('names the response in a discovery link with the view’s title', () => {
    expect(oembedAlternate('kpis', 'fr', 'Chiffres clés')).toEqual({ [OEMBED_TYPE]: [{ url: '/fr/oembed/kpis.json', title: 'Chiffres clés' }] });
    expect(OEMBED_TYPE).toBe('application/json+oembed');
  });
});
