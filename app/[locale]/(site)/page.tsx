import { DashboardPage, dashboardMetadata } from '@/app/_pages/dashboard/dashboard-page';
import { routeLocale } from '@/i18n/server';

export async function generateMetadata({ params }: PageProps<'/[locale]'>) {
  return dashboardMetadata(routeLocale((await params).locale));
}

export default async function Page({ params }: PageProps<'/[locale]'>) {
  return <DashboardPage locale={routeLocale((await params).locale)} />;
}
