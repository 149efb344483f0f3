import { EmbedTimeline } from '@/components/embed/embed-timeline';
import { EmbedPage, embedMetadata } from '@/components/embed/embed-page';
import { loadDataset } from '@/lib/dataset';

export const metadata = embedMetadata('timeline');

export default function Embed() {
  const data = loadDataset();
  return (
    <EmbedPage data={data} view="timeline">
      <EmbedTimeline />
    </EmbedPage>
  );
}
