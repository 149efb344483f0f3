'use client';

import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { Sector } from '@/lib/data/schema';
import { renderSentences, type SentenceWords } from '@/lib/i18n/render-message';
import type { Message } from '@/lib/i18n/message';
import { useFormats } from './use-formats';

/**
 * Words a view model's sentences in the page's language (the island's provider must pass the `format` and
 * `sentences` namespaces); sector labels come from the page's localized sectors.
 */
export function useSentences(sectors: readonly Pick<Sector, 'slug' | 'label'>[]): (messages: Message | readonly Message[]) => string {
  const t = useTranslations('sentences');
  const fmt = useFormats();
  return useMemo(() => {
    const labels = new Map(sectors.map((s) => [s.slug, s.label]));
    const words: SentenceWords = { t, fmt, sectorLabel: (slug) => labels.get(slug) ?? slug };
    return (messages) => renderSentences(Array.isArray(messages) ? messages : [messages as Message], words);
  }, [t, fmt, sectors]);
}
