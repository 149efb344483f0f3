import { notFound } from 'next/navigation';
import { EmbedRoute, embedMetadata, embedParams } from '@/app/_pages/embed/embed-route';
import { isFilterEmbedView } from '@/lib/url/embed';

export const dynamicParams = false;
export const generateStaticParams = embedParams;

export async function generateMetadata({ params }: PageProps<'/embed/[view]'>) {
  return embedMetadata('en', (await params).view);
}

export default async function Page({ params }: PageProps<'/embed/[view]'>) {
  const { view } = await params;
  if (!isFilterEmbedView(view)) notFound();
  return <EmbedRoute locale="en" view={view} />;
}
