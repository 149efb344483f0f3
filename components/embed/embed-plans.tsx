'use client';

import { usePlansFigure } from '@/components/dashboard/plans';
import { EmbedTakeaway } from './embed-twin';

export function EmbedPlans() {
  const { takeaway, drawing } = usePlansFigure('h2');
  return (
    <>
      <EmbedTakeaway text={takeaway} />
      {drawing}
    </>
  );
}
