import { describe, expect, it } from 'vitest';
import { amountToReverse } from './amount-to-reverse.ts';

const base = { earned: 3, amountCents: 1000, refundedBeforeCents: 0, reversedBefore: 0 };

describe('amountToReverse', () => {
  it('reverses everything on a full refund', () => {
    expect(amountToReverse({ ...base, refundCents: 1000 })).toBe(3);
  });

  it('floors each step but settles exactly on the last: halves of 3 → 1 then 2', () => {
    expect(amountToReverse({ ...base, refundCents: 500 })).toBe(1);
    expect(
      amountToReverse({ ...base, refundedBeforeCents: 500, reversedBefore: 1, refundCents: 500 }),
    ).toBe(2);
  });

  it('takes nothing for a refund too small to matter', () => {
    expect(amountToReverse({ ...base, refundCents: 333 })).toBe(0);
    expect(amountToReverse({ ...base, refundCents: 334 })).toBe(1);
  });

  it('reverses a free visit (0 €) in full', () => {
    expect(amountToReverse({ ...base, earned: 1, amountCents: 0, refundCents: 0 })).toBe(1);
  });
});
