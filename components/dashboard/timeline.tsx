'use client';

import { useTranslations } from 'next-intl';
import { useFormats } from '@/components/site/use-formats';
import { timeline } from '@/lib/views/timeline';
import { timelineTakeaway } from '@/lib/views/takeaways';
import { TimelineList } from '@/components/charts/timeline-list';
import { useDashboard } from './dashboard-context';
import { SectionFrame } from './section-frame';

export function Timeline({ source }: { source: string }) {
  const { data, factories, antennas } = useDashboard();
  const t = useTranslations('timeline');
  const takeaways = useTranslations('takeaways');
  const fmt = useFormats();
  const events = timeline(factories, data.waves, antennas);
  const names = new Map(data.factories.map((f) => [f.id, f.name]));
  return (
    <SectionFrame id="timeline" title={t('title')} share={['timeline']} takeaway={timelineTakeaway(events, { t: takeaways, fmt })} source={source}>
      <TimelineList events={events} factories={factories} names={names} />
    </SectionFrame>
  );
}
