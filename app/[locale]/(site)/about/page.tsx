import { AboutPage, aboutMetadata } from '@/app/_pages/about/about-page';
import { routeLocale } from '@/i18n/server';

export async function generateMetadata({ params }: PageProps<'/[locale]/about'>) {
  return aboutMetadata(routeLocale((await params).locale));
}

export default async function Page({ params }: PageProps<'/[locale]/about'>) {
  return <AboutPage locale={routeLocale((await params).locale)} />;
}
