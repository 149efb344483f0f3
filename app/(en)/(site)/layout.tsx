import { SiteLayout } from '@/app/_pages/site-layout';

export default function EnglishSiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteLayout locale="en">{children}</SiteLayout>;
}
