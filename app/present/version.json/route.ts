import { presentVersion } from '@/app/_pages/present/version';
import { contentTypeOf } from '@/lib/site/security-headers';

// Built once with the page; a screen polls it and reloads when it no longer matches what it was built with.
export const dynamic = 'force-static';

export function GET() {
  return new Response(JSON.stringify({ version: presentVersion() }), { headers: { 'content-type': contentTypeOf('/present/version.json')! } });
}
