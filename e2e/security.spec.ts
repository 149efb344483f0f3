// Security headers on every response. Every page running under its policy, with nothing fetched from another
// origin: e2e/csp.spec.ts.
import { expect, test } from '@playwright/test';
import { readDataset } from './helpers';

const data = readDataset();
const factory = data.factories[0]!;
const FRAME_ANCESTORS = process.env.FRAME_ANCESTORS?.trim() || "'self'";

test('every kind of response carries the security headers', async ({ request }) => {
  // nginx (deploy/nginx.conf) sets them per location, so every kind of file is here: pages, data, the 404 page,
  // public files, the build's hashed files.
  const html = await (await request.get('/')).text();
  const chunk = html.match(/\/_next\/static\/[^"']+\.js/)?.[0];
  expect(chunk, 'a script under /_next/static/').toBeTruthy();
  const urls = ['/', `/factories/${factory.id}`, '/data/ai-factories.csv', '/data/ai-factories.json', '/present', '/present/version.json'];
  for (const url of [...urls, '/no-such-page', '/factories/%E0%A4%A', '/icon.svg', chunk!]) {
    const response = await request.get(url);
    expect(response.status(), url).toBeLessThan(500);
    const h = response.headers();
    const csp = h['content-security-policy'] ?? '';
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
    expect(csp, url).not.toContain('unsafe-eval');
    // Scripts are each page's own policy, by hash (e2e/csp.spec.ts): a header naming them would block those.
    expect(directives['default-src'], url).toBeUndefined();
    expect(directives['script-src'], url).toBeUndefined();
    expect(directives['script-src-attr'], url).toBe("'none'");
    expect(directives['object-src'], url).toBe("'none'");
    expect(directives['base-uri'], url).toBe("'self'");
    expect(directives['form-action'], url).toBe("'self'");
    expect(directives['img-src'], url).toBe("'self' data: blob:");
    expect(directives['connect-src'], url).toBe("'self'");
    expect(directives['font-src'], url).toBe("'self'");
    expect(directives['frame-ancestors'], url).toBe(FRAME_ANCESTORS);
    expect(h['x-content-type-options'], url).toBe('nosniff');
    expect(h['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
    expect(h['permissions-policy'], url).toBe('camera=(), microphone=(), geolocation=(), fullscreen=(self)');
    expect(h['x-powered-by'], url).toBeUndefined();
  }
  expect((await request.get(chunk!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});
