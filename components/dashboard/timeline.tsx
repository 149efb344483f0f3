'use client';

import { useTranslations } from 'next-intl';
import { timelineModel } from '@/lib/views/timeline';
import { TimelineList } from '@/components/charts/timeline-list';
import { useFigure } from '@/components/state/use-figure';
import { SectionFrame } from './section-frame';

export function Timeline({ source }: { source: string }) {
  const { view, model, say } = useFigure(timelineModel);
  const t = useTranslations('timeline');
  return (
    <SectionFrame id="timeline" title={t('title')} takeaway={say(model.takeaway)} source={source}>
      <TimelineList model={model} factories={view.data.factories} say={say} />
    </SectionFrame>
  );
}
