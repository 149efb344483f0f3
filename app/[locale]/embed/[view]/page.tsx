import { notFound } from 'next/navigation';
import { EmbedRoute, embedMetadata, embedParams } from '@/app/_pages/embed/embed-route';
import { routeLocale } from '@/i18n/server';
import { isFilterEmbedView } from '@/lib/url/embed';

export const dynamicParams = false;
export const generateStaticParams = embedParams;

export async function generateMetadata({ params }: PageProps<'/[locale]/embed/[view]'>) {
  const { locale, view } = await params;
  return embedMetadata(routeLocale(locale), view);
}

export default async function Page({ params }: PageProps<'/[locale]/embed/[view]'>) {
  const { locale, view } = await params;
  if (!isFilterEmbedView(view)) notFound();
  return <EmbedRoute locale={routeLocale(locale)} view={view} />;
}
