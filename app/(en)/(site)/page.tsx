import { DashboardPage, dashboardMetadata } from '@/app/_pages/dashboard/dashboard-page';

export const generateMetadata = () => dashboardMetadata('en');

export default function Page() {
  return <DashboardPage locale="en" />;
}
