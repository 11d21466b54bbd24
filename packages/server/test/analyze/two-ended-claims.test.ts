import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workerOfModule } from '../../src/cli/analyze/module-worker.ts';
import { MAX_SHARED_CHUNKS, TwoEndedClaims } from '../../src/cli/analyze/two-ended-claims.ts';
import { busy } from './claims-busy.ts';

describe('TwoEndedClaims', () => {
  it('gives every chunk once, the front in order from 0 and the back from the end, whatever the interleaving', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.array(fc.boolean()), (count, sides) => {
        const claims = TwoEndedClaims.create(count);
        const front: number[] = [];
        const back: number[] = [];
        for (const fromFront of sides) {
          const k = fromFront ? claims.front() : claims.back();
          if (k >= 0) (fromFront ? front : back).push(k);
        }
        // Then the front takes what is left, as the main thread does.
        for (let k = claims.front(); k >= 0; k = claims.front()) front.push(k);
        expect(claims.back()).toBe(-1);
        expect(front).toEqual(front.map((_, i) => i));
        expect(back).toEqual(back.map((_, i) => count - 1 - i));
        expect(claims.takenFromBack()).toBe(back.length);
        expect(front.length + back.length).toBe(count);
      }),
    );
  });

  it('refuses more chunks than one Int32 can count from both ends', () => {
    expect(() => TwoEndedClaims.create(MAX_SHARED_CHUNKS + 1)).toThrow(RangeError);
    expect(() => TwoEndedClaims.create(-1)).toThrow(RangeError);
    expect(TwoEndedClaims.create(MAX_SHARED_CHUNKS).count).toBe(MAX_SHARED_CHUNKS);
  });

  // The threads meet once, at one chunk: a run cannot show that the compare-and-swap is needed
  // (a separate load and add passed it too). It shows the claims work across threads: shared
  // memory, both ends, every chunk taken exactly once.
  it('two threads taking chunks at the same time take every chunk exactly once', async () => {
    const count = MAX_SHARED_CHUNKS;
    const claims = TwoEndedClaims.create(count);
    // How many times each chunk was taken, and a flag the worker raises when it starts taking.
    const marks = new Int32Array(new SharedArrayBuffer(4 * count));
    const ready = new Int32Array(new SharedArrayBuffer(4));
    const worker = workerOfModule(new URL('./take-from-back.ts', import.meta.url).href, {
      state: claims.state,
      count,
      marks,
      ready,
    });
    try {
      const taken = new Promise<number>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      // Both start together: this thread sleeps until the worker's flag is up, then races it.
      Atomics.wait(ready, 0, 0, 60_000);
      expect(Atomics.load(ready, 0)).toBe(1);
      let front = 0;
      for (let k = claims.front(); k >= 0; k = claims.front()) {
        Atomics.add(marks, k, 1);
        front += 1 + busy(k);
      }
      const back = await taken;
      expect(front + back).toBe(count);
      expect(back).toBe(claims.takenFromBack());
      expect(marks.every((m) => m === 1)).toBe(true);
    } finally {
      await worker.terminate();
    }
  });
});
