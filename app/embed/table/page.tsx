import { FactoryTable } from '@/components/table/factory-table';
import { EmbedPage, embedMetadata } from '@/components/embed/embed-page';
import { loadDataset } from '@/lib/dataset';

export const metadata = embedMetadata('table');

export default function Embed() {
  const data = loadDataset();
  return (
    <EmbedPage data={data} view="table">
      <FactoryTable />
    </EmbedPage>
  );
}
