'use client';

import { timeline } from '@/lib/views/timeline';
import { TimelineList } from '@/components/charts/timeline-list';
import { useDashboard } from '@/components/dashboard/dashboard-context';

export function EmbedTimeline() {
  const { data, factories, antennas } = useDashboard();
  return (
    <TimelineList
      events={timeline(factories, data.waves, antennas)}
      factories={factories}
      names={new Map(data.factories.map((f) => [f.id, f.name]))}
      yearHeading="h2"
    />
  );
}
