// The table's sort lives in the URL as `sort=funding:desc,name:asc`. Parsing never throws:
// unknown columns, bad directions and repeats are dropped.

export interface SortKey {
  id: string;
  desc: boolean;
}

/** More keys than this add nothing a reader can follow, and bound what a hostile URL can make us do. */
export const MAX_SORT_KEYS = 3;

export function parseSort(raw: string | null | undefined, known: readonly string[]): SortKey[] {
  const keys: SortKey[] = [];
  for (const part of (raw ?? '').split(',')) {
    const [id = '', dir = 'asc', ...rest] = part.trim().split(':');
    if (rest.length || !known.includes(id) || keys.some((k) => k.id === id)) continue;
    const direction = dir.toLowerCase();
    if (direction !== 'asc' && direction !== 'desc') continue;
    keys.push({ id, desc: direction === 'desc' });
    if (keys.length === MAX_SORT_KEYS) break;
  }
  return keys;
}

/** "funding:desc,name:asc"; the empty string for no sort. */
export function serializeSort(keys: readonly SortKey[]): string {
  return keys.map((k) => `${k.id}:${k.desc ? 'desc' : 'asc'}`).join(',');
}

/** The query string with `sort` replaced (or removed when empty); every other parameter is kept in place. */
export function withSort(search: string | URLSearchParams, keys: readonly SortKey[]): URLSearchParams {
  const params = new URLSearchParams(search);
  const value = serializeSort(keys);
  if (value) params.set('sort', value);
  else params.delete('sort');
  return params;
}
