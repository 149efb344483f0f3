import { FactoryPage, factoryMetadata, factoryParams } from '@/app/_pages/factory/factory-page';

export const dynamicParams = false;
export const generateStaticParams = factoryParams;

export async function generateMetadata({ params }: PageProps<'/factories/[id]'>) {
  return factoryMetadata('en', (await params).id);
}

export default async function Page({ params }: PageProps<'/factories/[id]'>) {
  return <FactoryPage locale="en" id={(await params).id} />;
}
