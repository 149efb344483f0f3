import { FindPage, findMetadata } from '@/app/_pages/find/find-page';
import { routeLocale } from '@/i18n/server';

export async function generateMetadata({ params }: PageProps<'/[locale]/find'>) {
  return findMetadata(routeLocale((await params).locale));
}

export default async function Page({ params }: PageProps<'/[locale]/find'>) {
  return <FindPage locale={routeLocale((await params).locale)} />;
}
