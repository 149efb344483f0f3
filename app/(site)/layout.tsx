import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { loadDataset } from '@/lib/dataset';
import './print.css';

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  const { asOf } = loadDataset();
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter asOf={asOf} />
    </>
  );
}
