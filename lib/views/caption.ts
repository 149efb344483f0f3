// What a view is filtered by, in one line under a slide or an embed: "Filtered: waves 1 and 2 · Italy · “Health”".
import type { Filters } from '../url/filters';
import { message, type Message, type MessageValue } from '../i18n/message';

/** Null when nothing is filtered. */
export function filterCaption(filters: Filters): Message | null {
  const parts: MessageValue[] = [];
  if (filters.waves.length)
    parts.push({ message: message('filterWaves', { count: filters.waves.length, waves: { list: filters.waves.map((num) => ({ num })) } }) });
  if (filters.countries.length) parts.push({ list: filters.countries.map((country) => ({ country })) });
  if (filters.sectors.length) parts.push({ list: filters.sectors.map((sector) => ({ sector })) });
  if (filters.q) parts.push({ quoted: filters.q });
  return parts.length ? message('filtered', { parts: { parts } }) : null;
}
