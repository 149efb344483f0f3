import { describe, expect, it } from 'vitest';
import { inLanes } from './in-lanes.mjs';

describe('inLanes', () => {
  it('runs every item once, never more than the lanes at a time, and a slow item holds up only its lane', async () => {
    const done: number[] = [];
    let running = 0;
    let most = 0;
    await inLanes([50, 1, 1, 1, 1, 1], 2, async (ms) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running -= 1;
      done.push(ms);
    });
    expect(most).toBe(2);
    // The five short items all finish in the second lane while the first waits on the long one.
    expect(done).toEqual([1, 1, 1, 1, 1, 50]);
  });

  it('takes items that are falsy, and at least one lane', async () => {
    const seen: number[] = [];
    await inLanes([0, 0, 3], 0, async (n) => void seen.push(n));
    expect(seen).toEqual([0, 0, 3]);
  });
});
