import { FindPage, findMetadata } from '@/app/_pages/find/find-page';

export const generateMetadata = () => findMetadata('en');

export default function Page() {
  return <FindPage locale="en" />;
}
