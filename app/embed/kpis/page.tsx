import { KpiStrip } from '@/components/dashboard/kpi-strip';
import { EmbedPage, embedMetadata } from '@/components/embed/embed-page';
import { loadDataset } from '@/lib/dataset';

export const metadata = embedMetadata('kpis');

export default function Embed() {
  const data = loadDataset();
  return (
    <EmbedPage data={data} view="kpis">
      <KpiStrip />
    </EmbedPage>
  );
}
