import { embedMetadata } from '@/app/_pages/embed/embed-route';
import { EmbedCompareRoute } from '@/app/_pages/embed/embed-compare-route';
import { routeLocale } from '@/i18n/server';

export async function generateMetadata({ params }: PageProps<'/[locale]/embed/compare'>) {
  return embedMetadata(routeLocale((await params).locale), 'compare');
}

export default async function Page({ params }: PageProps<'/[locale]/embed/compare'>) {
  return <EmbedCompareRoute locale={routeLocale((await params).locale)} />;
}
