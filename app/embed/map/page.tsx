import { EmbedMap } from '@/components/embed/embed-map';
import { europeMap } from '@/lib/geo';
import { mapMarkers } from '@/lib/map-markers';
import { EmbedPage, embedMetadata } from '@/components/embed/embed-page';
import { loadDataset } from '@/lib/dataset';

export const metadata = embedMetadata('map');

export default function Embed() {
  const data = loadDataset();
  return (
    <EmbedPage data={data} view="map">
      <EmbedMap geometry={europeMap()} markers={mapMarkers(data)} />
    </EmbedPage>
  );
}
