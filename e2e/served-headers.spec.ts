// What each server sends, against the two tables that say what it should: the data files' types (CONTENT_TYPES in
// lib/site/security-headers.js, which next.config.js, the route handlers and deploy/nginx.conf all read), and
// out/_headers, the rules a Netlify or Cloudflare host would apply to the same files.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { contentTypeOf } from '../lib/site/security-headers';

/** Every data file the site serves: the dataset, its package, its change feed, the screen-mode version. */
const DATA_FILES = ['/data/ai-factories.csv', '/data/ai-factory-antennas.csv', '/data/ai-factories.json', '/data/datapackage.json', '/data/changes.xml', '/present/version.json'];

test('every data file is served with the type of the one table', async ({ request }) => {
  for (const path of DATA_FILES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toBe(contentTypeOf(path));
  }
  // The case that went unnoticed: nginx's mime.types says text/xml for any .xml.
  expect((await request.get('/data/changes.xml')).headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  // Compressed or not, the same type (nginx sends the .gz beside the file).
  const gzipped = await request.get('/data/changes.xml', { headers: { 'accept-encoding': 'gzip' } });
  expect(gzipped.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
});

/** A path a `_headers` pattern applies to: the pattern itself when it names one file, else one it covers. */
async function samplePath(request: APIRequestContext, pattern: string): Promise<string> {
  if (!pattern.endsWith('*')) return pattern;
  if (pattern === '/*') return '/about';
  if (pattern === '/_next/static/*') {
    const chunk = (await (await request.get('/')).text()).match(/\/_next\/static\/[^"']+\.js/)?.[0];
    expect(chunk, 'a script under /_next/static/').toBeTruthy();
    return chunk!;
  }
  return pattern.replace(/\*$/, 'kpis');
}

test('out/_headers says what the server sends, rule by rule', async ({ request }, testInfo) => {
  const blocks = readFileSync('out/_headers', 'utf8')
    .split('\n\n')
    .slice(1)
    .map((block) => block.trim().split('\n'));
  expect(blocks.length).toBeGreaterThan(10);
  // Next decides the caching of what it serves itself; nginx takes it from the same rules as _headers.
  const compared = testInfo.project.name === 'nginx' ? () => true : (name: string) => name !== 'Cache-Control';
  for (const [pattern, ...lines] of blocks) {
    const path = await samplePath(request, pattern!);
    const sent = (await request.get(path)).headers();
    for (const line of lines.map((l) => l.trim()).filter((l) => !l.startsWith('!'))) {
      const [name, value] = [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()];
      if (compared(name)) expect(sent[name.toLowerCase()], `${pattern} (${path}): ${name}`).toBe(value);
    }
  }
});
