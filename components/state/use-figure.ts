'use client';

import { useMemo } from 'react';
import type { FilteredView } from '@/lib/views/filtered';
import { useChartWords } from '@/components/words/use-chart-words';
import { useFilteredView } from './filtered-view';
import { useSentences } from '@/components/words/use-sentences';

/**
 * What every island that shows a figure starts from: the filtered view, the figure's model built from it, and
 * the words to draw it with (its sentences, its chart labels) in the page's language.
 */
export function useFigure<Model>(build: (view: FilteredView) => Model) {
  const { view, toggle } = useFilteredView();
  const model = useMemo(() => build(view), [build, view]);
  return { view, toggle, model, say: useSentences(view.data.sectors), chart: useChartWords() };
}
