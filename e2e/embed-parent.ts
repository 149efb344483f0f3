// A newsroom's page on another origin (E2E_PORT + 3): it frames one of our URLs with the published embed code and
// records every message it receives, so a test can see what the embed posts and what embed.js does with it.
import { createServer, type Server } from 'node:http';

const APP_PORT = Number(process.env.E2E_PORT || 3100);
const PARENT_PORT = APP_PORT + 3;
export const APP = `http://127.0.0.1:${APP_PORT}`;
export const PARENT = `http://127.0.0.1:${PARENT_PORT}`;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function parentHtml(src: string, code: string | null): string {
  const frame = code ?? `<iframe id="embed" src="${escape(APP + src)}" title="Embedded chart" width="100%" height="150" style="border:0"></iframe>
<script src="${APP}/embed.js" async></script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom's article</title>
<script>window.messages = []; addEventListener('message', (e) => messages.push({ origin: e.origin, data: e.data }));</script>
</head><body><main><h1>An article</h1><p>Some text before the chart.</p>${frame}<p>Some text after.</p></main></body></html>`;
}

export function startParent(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', PARENT);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(parentHtml(url.searchParams.get('src') ?? '/', url.searchParams.get('code')));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(PARENT_PORT, '127.0.0.1', () => resolve(server));
  });
}
