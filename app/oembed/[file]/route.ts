import { oembedFile, oembedFiles } from '@/app/_pages/embed/oembed-route';

// The oEmbed responses of the English embeds: /oembed/<view>.json (lib/url/oembed.ts).
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = oembedFiles;

export async function GET(_request: Request, { params }: RouteContext<'/oembed/[file]'>) {
  return oembedFile('en', (await params).file);
}
