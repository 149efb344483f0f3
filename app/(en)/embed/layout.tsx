import { EmbedLayout } from '@/app/_pages/embed/embed-layout';

export default EmbedLayout;
