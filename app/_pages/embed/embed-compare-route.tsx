import { CompareIsland } from '@/components/compare/compare-island';
import { EmbedPage } from '@/components/embed/embed-page';
import type { PageLocale } from '@/lib/i18n/locales';
import { compareDataset } from '@/lib/data/browser-dataset';
import { localizedDataset } from '../localized-dataset';

/**
 * `/embed/compare?ids=a,b`: the comparison alone for an iframe. A route of its own rather than a value of
 * embed/[view], so the comparison's code loads in this embed only, not in every embed.
 */
export async function EmbedCompareRoute({ locale }: { locale: PageLocale }) {
  const data = await localizedDataset(locale);
  return (
    <EmbedPage locale={locale} data={data} view="compare">
      <CompareIsland data={compareDataset(data)} embed />
    </EmbedPage>
  );
}
