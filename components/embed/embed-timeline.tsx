'use client';

import { timelineModel } from '@/lib/views/timeline';
import { TimelineList } from '@/components/charts/timeline-list';
import { useFilteredView } from '@/components/site/filtered-view';
import { useSentences } from '@/components/site/use-sentences';
import { EmbedTakeaway } from './embed-twin';

export function EmbedTimeline() {
  const { view } = useFilteredView();
  const say = useSentences(view.data.sectors);
  const model = timelineModel(view);
  return (
    <>
      <EmbedTakeaway text={say(model.takeaway)} />
      <TimelineList model={model} factories={view.data.factories} say={say} yearHeading="h2" />
    </>
  );
}
