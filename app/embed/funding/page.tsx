import { EmbedFunding } from '@/components/embed/embed-funding';
import { EmbedPage, embedMetadata } from '@/components/embed/embed-page';
import { loadDataset } from '@/lib/dataset';

export const metadata = embedMetadata('funding');

export default function Embed() {
  const data = loadDataset();
  return (
    <EmbedPage data={data} view="funding">
      <EmbedFunding />
    </EmbedPage>
  );
}
