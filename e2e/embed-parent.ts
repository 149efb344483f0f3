// A newsroom's page on another origin (a free port of its own): it frames one of our URLs with the published embed
// code and records every message it receives, so a test can see what the embed posts and what embed.js does with it.
// `/other` is another page of that origin: loaded into the embed's iframe, whatever it posts comes from the right
// frame but the wrong origin.
import { test as base } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function parentHtml(app: string, src: string, code: string | null): string {
  const frame = code ?? `<iframe id="embed" src="${escape(app + src)}" title="Embedded chart" width="100%" height="150" style="border:0"></iframe>
<script src="${app}/embed.js" async></script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom's article</title>
<script>window.messages = []; addEventListener('message', (e) => messages.push({ origin: e.origin, data: e.data }));</script>
</head><body><main><h1>An article</h1><p>Some text before the chart.</p>${frame}<p>Some text after.</p></main></body></html>`;
}

/** A page with nothing on it, from which a test posts what it likes (`/other` here, or a route a test fulfils). */
export const PLAIN_HTML = '<!doctype html><html lang="en"><title>Another page</title><p>Another page.</p></html>';

/** Starts the parent page's server on a free port for the app at `app`; resolves to its origin and a stop function. */
function startParent(app: string): Promise<{ origin: string; stop: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://parent');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    if (url.pathname === '/other') res.end(PLAIN_HTML);
    else res.end(parentHtml(app, url.searchParams.get('src') ?? '/', url.searchParams.get('code')));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ origin: `http://127.0.0.1:${port}`, stop: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}

/** `parent`: the newsroom's origin, for the app the project tests (its baseURL); one server per worker. */
export const test = base.extend<object, { parent: string }>({
  parent: [
    async ({}, use, workerInfo) => {
      const started = await startParent(workerInfo.project.use.baseURL!);
      await use(started.origin);
      await started.stop();
    },
    { scope: 'worker' },
  ],
});
