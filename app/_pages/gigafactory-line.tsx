import { pageIntl } from '@/i18n/server';
import type { PageLocale } from '@/lib/i18n/locales';
import type { Gigafactories } from '@/lib/data/schema';

/** Where the AI Gigafactories stand, in one sentence in the page's language, built from the data's stage. */
export async function GigafactoryLine({ locale, status }: { locale: PageLocale; status: Gigafactories['status'] }) {
  const { t, fmt } = await pageIntl(locale, 'status');
  if (status.stage === 'no-call') return <>{t('gigaNoCall')}</>;
  return <>{t(status.stage === 'call-launched' ? 'gigaCallLaunched' : 'gigaSelected', { date: fmt.date(status.on) })}</>;
}
