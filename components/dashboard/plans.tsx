'use client';

import { useTranslations } from 'next-intl';
import { plansModel } from '@/lib/views/plans';
import { PlansChart } from '@/components/charts/plans-chart';
import { useFormats } from '@/components/words/use-formats';
import { useFigure } from '@/components/state/use-figure';
import { SectionFrame } from './section-frame';

export function Plans({ source }: { source: string }) {
  const { model, say } = useFigure(plansModel);
  const t = useTranslations('plans');
  const fmt = useFormats();
  return (
    <SectionFrame id="plans" title={t('title')} takeaway={say(model.takeaway)} source={source}>
      <PlansChart model={model} t={t} fmt={fmt} />
    </SectionFrame>
  );
}
