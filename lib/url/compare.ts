// The comparison's address: `/compare?ids=a,b,c`, two to four factories in the order given.

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

/**
 * The ids to compare, from `ids=a,b,c` (a shared link) or `ids=a&ids=b` (the chooser's form without JavaScript):
 * unknown ids and repeats dropped, the first four kept, in the order given. Never throws.
 */
export function parseCompareIds(params: URLSearchParams, known: readonly string[]): string[] {
  const ids = params
    .getAll('ids')
    .flatMap((value) => value.split(','))
    .map((id) => id.trim().toLowerCase())
    .filter((id) => known.includes(id));
  return [...new Set(ids)].slice(0, COMPARE_MAX);
}

/** `ids=a,b,c`: commas left bare so the link reads as it is typed. */
export function compareQuery(ids: readonly string[]): string {
  return `ids=${ids.map(encodeURIComponent).join(',')}`;
}
