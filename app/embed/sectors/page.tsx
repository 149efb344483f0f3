import { EmbedSectors } from '@/components/embed/embed-sectors';
import { EmbedPage, embedMetadata } from '@/components/embed/embed-page';
import { loadDataset } from '@/lib/dataset';

export const metadata = embedMetadata('sectors');

export default function Embed() {
  const data = loadDataset();
  return (
    <EmbedPage data={data} view="sectors">
      <EmbedSectors />
    </EmbedPage>
  );
}
