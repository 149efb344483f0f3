import { embedMetadata } from '@/app/_pages/embed/embed-route';
import { EmbedCompareRoute } from '@/app/_pages/embed/embed-compare-route';

export const generateMetadata = () => embedMetadata('en', 'compare');

export default function Page() {
  return <EmbedCompareRoute locale="en" />;
}
