'use client';

import { useTranslations } from 'next-intl';
import { timelineModel } from '@/lib/views/timeline';
import { TimelineList } from '@/components/charts/timeline-list';
import { useFilteredView } from '@/components/site/filtered-view';
import { useSentences } from '@/components/site/use-sentences';
import { SectionFrame } from './section-frame';

export function Timeline({ source }: { source: string }) {
  const { view } = useFilteredView();
  const t = useTranslations('timeline');
  const say = useSentences(view.data.sectors);
  const model = timelineModel(view);
  return (
    <SectionFrame id="timeline" title={t('title')} share={['timeline']} takeaway={say(model.takeaway)} source={source}>
      <TimelineList model={model} factories={view.data.factories} say={say} />
    </SectionFrame>
  );
}
