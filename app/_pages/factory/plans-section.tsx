import { getTranslations } from 'next-intl/server';
import type { PageLocale } from '@/lib/i18n/locales';
import type { FactoryModel } from '@/lib/views/factory';
import { PlansChart } from '@/components/charts/plans-chart';
import type { FactoryWords } from './factory-words';

/** The plan history of the factory's machines and launch: every announcement with its sources, and the slip. */
export async function PlansSection({ model, words, locale }: { model: FactoryModel; words: FactoryWords; locale: PageLocale }) {
  if (!model.plans.rows.length) return null;
  const t = await getTranslations({ locale, namespace: 'plans' });
  return (
    <section aria-labelledby="plan-history" data-testid="plan-history">
      <h2 id="plan-history">{t('history')}</h2>
      <PlansChart model={model.plans} t={t} fmt={words.fmt} oneFactory />
    </section>
  );
}
