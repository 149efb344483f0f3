import { FactoryPage, factoryMetadata, factoryParams } from '@/app/_pages/factory/factory-page';
import { routeLocale } from '@/i18n/server';

export const dynamicParams = false;
export const generateStaticParams = factoryParams;

export async function generateMetadata({ params }: PageProps<'/[locale]/factories/[id]'>) {
  const { locale, id } = await params;
  return factoryMetadata(routeLocale(locale), id);
}

export default async function Page({ params }: PageProps<'/[locale]/factories/[id]'>) {
  const { locale, id } = await params;
  return <FactoryPage locale={routeLocale(locale)} id={id} />;
}
