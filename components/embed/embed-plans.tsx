'use client';

import { useTranslations } from 'next-intl';
import { plansModel } from '@/lib/views/plans';
import { PlansChart } from '@/components/charts/plans-chart';
import { useFormats } from '@/components/words/use-formats';
import { useFigure } from '@/components/state/use-figure';
import { EmbedTakeaway } from './embed-twin';

export function EmbedPlans() {
  const { model, say } = useFigure(plansModel);
  const t = useTranslations('plans');
  const fmt = useFormats();
  return (
    <>
      <EmbedTakeaway text={say(model.takeaway)} />
      <PlansChart model={model} t={t} fmt={fmt} rowHeading="h2" />
    </>
  );
}
