import { SiteLayout } from '@/app/_pages/site-layout';
import { routeLocale } from '@/i18n/server';

export default async function LocaleSiteLayout({ children, params }: LayoutProps<'/[locale]'>) {
  return <SiteLayout locale={routeLocale((await params).locale)}>{children}</SiteLayout>;
}
