import { pageIntl } from '@/i18n/server';
import { loadDataset } from '@/lib/data/dataset';
import type { Dataset } from '@/lib/data/schema';
import { localizeDataset } from '@/lib/data/localize';
import type { PageLocale } from '@/lib/i18n/locales';

/** The dataset as a page in `locale` shows it: sector labels and wave labels ("Welle 2") in that language. */
export async function localizedDataset(locale: PageLocale): Promise<Dataset> {
  const common = await pageIntl(locale, 'common');
  return localizeDataset(loadDataset(), locale, (wave) => common.t('wave', { wave }));
}
