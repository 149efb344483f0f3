import { AboutPage, aboutMetadata } from '@/app/_pages/about/about-page';

export const generateMetadata = () => aboutMetadata('en');

export default function Page() {
  return <AboutPage locale="en" />;
}
