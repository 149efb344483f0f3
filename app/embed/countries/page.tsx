import { EmbedCountries } from '@/components/embed/embed-countries';
import { EmbedPage, embedMetadata } from '@/components/embed/embed-page';
import { loadDataset } from '@/lib/dataset';

export const metadata = embedMetadata('countries');

export default function Embed() {
  const data = loadDataset();
  return (
    <EmbedPage data={data} view="countries">
      <EmbedCountries />
    </EmbedPage>
  );
}
