import { ComparePage, compareMetadata } from '@/app/_pages/compare/compare-page';
import { routeLocale } from '@/i18n/server';

export async function generateMetadata({ params }: PageProps<'/[locale]/compare'>) {
  return compareMetadata(routeLocale((await params).locale));
}

export default async function Page({ params }: PageProps<'/[locale]/compare'>) {
  return <ComparePage locale={routeLocale((await params).locale)} />;
}
