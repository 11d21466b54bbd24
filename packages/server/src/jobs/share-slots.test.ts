import { describe, expect, it } from 'vitest';
import { shareSlots } from './share-slots.ts';

describe('sharing a worker’s free slots between merchants', () => {
  it('gives one slot to each merchant in turn, the longest-waiting first', () => {
    const shares = shareSlots(
      [
        { merchantId: 'a', due: 10 },
        { merchantId: 'b', due: 10 },
        { merchantId: 'c', due: 10 },
      ],
      4,
    );
    expect(Object.fromEntries(shares)).toEqual({ a: 2, b: 1, c: 1 });
  });

  it('never gives a merchant more slots than it has due jobs; the rest go to the others', () => {
    const shares = shareSlots(
      [
        { merchantId: 'a', due: 10 },
        { merchantId: 'b', due: 1 },
      ],
      4,
    );
    expect(Object.fromEntries(shares)).toEqual({ a: 3, b: 1 });
  });

  it('leaves slots free when there is less due than slots', () => {
    const shares = shareSlots(
      [
        { merchantId: 'a', due: 1 },
        { merchantId: 'b', due: 0 },
      ],
      4,
    );
    expect(Object.fromEntries(shares)).toEqual({ a: 1, b: 0 });
    expect(shareSlots([], 4).size).toBe(0);
  });
});
