'use client';

import { useTranslations } from 'next-intl';
import { plansModel } from '@/lib/views/plans';
import { PlansChart } from '@/components/charts/plans-chart';
import { useFigure } from '@/components/state/use-figure';
import { useFormats } from '@/components/words/use-formats';
import { SectionFrame } from './section-frame';

/** The plans figure of the view: its takeaway in the page's language and its drawing, rows under `rowHeading`. */
export function usePlansFigure(rowHeading: 'h2' | 'h3') {
  const { model, say } = useFigure(plansModel);
  const t = useTranslations('plans');
  const fmt = useFormats();
  return { title: t('title'), takeaway: say(model.takeaway), drawing: <PlansChart model={model} t={t} fmt={fmt} rowHeading={rowHeading} /> };
}

export function Plans({ source }: { source: string }) {
  const { title, takeaway, drawing } = usePlansFigure('h3');
  return (
    <SectionFrame id="plans" title={title} takeaway={takeaway} source={source}>
      {drawing}
    </SectionFrame>
  );
}
