'use client';

import { timelineModel } from '@/lib/views/timeline';
import { TimelineList } from '@/components/charts/timeline-list';
import { useFigure } from '@/components/state/use-figure';
import { EmbedTakeaway } from './embed-twin';

export function EmbedTimeline() {
  const { view, model, say } = useFigure(timelineModel);
  return (
    <>
      <EmbedTakeaway text={say(model.takeaway)} />
      <TimelineList model={model} factories={view.data.factories} say={say} yearHeading="h2" />
    </>
  );
}
