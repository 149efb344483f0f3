import { PresentPage, presentMetadata } from '@/app/_pages/present/present-page';

export const generateMetadata = () => presentMetadata('en');

export default function Page() {
  return <PresentPage locale="en" />;
}
