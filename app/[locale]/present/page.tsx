import { PresentPage, presentMetadata } from '@/app/_pages/present/present-page';
import { routeLocale } from '@/i18n/server';

export async function generateMetadata({ params }: PageProps<'/[locale]/present'>) {
  return presentMetadata(routeLocale((await params).locale));
}

export default async function Page({ params }: PageProps<'/[locale]/present'>) {
  return <PresentPage locale={routeLocale((await params).locale)} />;
}
