// @ts-check
/**
 * Runs `run` on every item, `lanes` at a time: each lane takes the next item as soon as its last one is done, so a
 * slow item holds up one lane, not a whole batch.
 * @template T
 * @param {T[]} items
 * @param {number} lanes
 * @param {(item: T) => Promise<void>} run
 */
export async function inLanes(items, lanes, run) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.max(1, lanes) }, async () => {
      while (next < items.length) await run(/** @type {T} */ (items[next++]));
    }),
  );
}
