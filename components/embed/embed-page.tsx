import type { Metadata } from 'next';
import { browserDataset } from '@/lib/browser-dataset';
import { EMBED_INFO, type EmbedView } from '@/lib/embed';
import type { Dataset } from '@/lib/schema';
import { DashboardProvider } from '@/components/dashboard/dashboard-context';
import { EmbedFrame } from './embed-frame';

const SOURCE = 'EuroHPC Joint Undertaking, European Commission and host-centre announcements';

export function embedMetadata(view: EmbedView): Metadata {
  // An embed is a fragment of the dashboard: search engines should send readers to the dashboard itself.
  return { title: EMBED_INFO[view].title, robots: { index: false, follow: true } };
}

/** The filters come from the iframe's URL, read in the browser as on the dashboard (the page is prerendered). */
export function EmbedPage({ data, view, children }: { data: Dataset; view: EmbedView; children: React.ReactNode }) {
  return (
    <DashboardProvider data={browserDataset(data)}>
      <EmbedFrame view={view} source={SOURCE}>
        {children}
      </EmbedFrame>
    </DashboardProvider>
  );
}
