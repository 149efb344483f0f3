'use client';

// The link every estimate in H100-equivalents carries to its method, apart from the compute bars: the key figures,
// the table and the comparison link to it without drawing a bar.
import type { ComputeWords } from '@/components/words/use-compute-words';
import { useLocalePath } from '@/components/words/use-locale-path';

/** Where /about explains the H100-equivalent estimate and holds the chip table. */
export const ESTIMATE_METHOD_PATH = '/about#h100-equivalents';

/** The word "estimate", linked to how it is made: beside every key figure in H100-equivalents. */
export function EstimateLink({ words }: { words: ComputeWords }) {
  const href = useLocalePath();
  return <a href={href(ESTIMATE_METHOD_PATH)}>{words.t('estimate')}</a>;
}
