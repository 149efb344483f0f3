import { describe, expect, it } from 'vitest';
import { siteOrigin } from './site';

describe('siteOrigin', () => {
  it('defaults to the npm start address', () => expect(siteOrigin(undefined)).toBe('http://localhost:3000'));
  it('keeps a path prefix and drops trailing slashes', () => {
    expect(siteOrigin('https://example.org/')).toBe('https://example.org');
    expect(siteOrigin('https://example.org/ai-factories/')).toBe('https://example.org/ai-factories');
  });
  it('ignores values that are not http(s) URLs', () => {
    expect(siteOrigin('not a url')).toBe('http://localhost:3000');
    expect(siteOrigin('javascript:alert(1)')).toBe('http://localhost:3000');
  });
});
