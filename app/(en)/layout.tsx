import { RootDocument, rootMetadata } from '@/app/_pages/root-document';

export { viewport } from '@/app/_pages/root-document';
export const generateMetadata = () => rootMetadata('en');

export default function EnglishRootLayout({ children }: { children: React.ReactNode }) {
  return <RootDocument locale="en">{children}</RootDocument>;
}
