/** Chunks two threads can share: at most this many, so that both counts fit one Int32 (15 + 16 bits). */
export const MAX_SHARED_CHUNKS = 0x7fff;

/**
 * Chunks 0 … count − 1 of a job shared by two threads, one taking them from the front, the other
 * from the back, until they meet: each chunk is taken by exactly one, and whichever thread is
 * ready first or works faster takes more. Both counts live in one Int32 of shared memory (front
 * in the high half, back in the low), so that one compare-and-swap takes a chunk: two separate
 * counters could each see room for the last chunk and both take it.
 *
 * @example
 * const claims = TwoEndedClaims.create(chunks); // then give `claims.state` to the worker
 * for (let k = claims.front(); k >= 0; k = claims.front()) work(k);
 */
export class TwoEndedClaims {
  private constructor(
    readonly state: Int32Array,
    readonly count: number,
  ) {}

  static create(count: number): TwoEndedClaims {
    if (!Number.isInteger(count) || count < 0 || count > MAX_SHARED_CHUNKS) {
      throw new RangeError(`chunks to share: ${count} (0 … ${MAX_SHARED_CHUNKS})`);
    }
    return new TwoEndedClaims(new Int32Array(new SharedArrayBuffer(4)), count);
  }

  /** The same claims in another thread, from the `state` and `count` sent to it. */
  static of(state: Int32Array, count: number): TwoEndedClaims {
    return new TwoEndedClaims(state, count);
  }

  /** The next chunk from the front (0, 1, …), or −1 once every chunk is taken. */
  front(): number {
    return this.take(0x10000, (front) => front);
  }

  /** The next chunk from the back (count − 1, count − 2, …), or −1 once every chunk is taken. */
  back(): number {
    return this.take(1, (_, back) => this.count - 1 - back);
  }

  /** How many chunks the back has taken: once the front gets −1, the last chunks' count. */
  takenFromBack(): number {
    return Atomics.load(this.state, 0) & 0xffff;
  }

  private take(step: number, chunk: (front: number, back: number) => number): number {
    for (;;) {
      const old = Atomics.load(this.state, 0);
      const front = old >>> 16;
      const back = old & 0xffff;
      if (front + back >= this.count) return -1;
      if (Atomics.compareExchange(this.state, 0, old, old + step) === old) {
        return chunk(front, back);
      }
    }
  }
}
