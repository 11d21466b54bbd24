import fc from 'fast-check';

/** One thing that can happen to a customer's card, with indexes picked modulo what exists. */
export type Operation =
  | { type: 'purchase'; amountCents: number }
  | { type: 'redeem'; rewardIndex: number }
  | { type: 'use'; voucherIndex: number }
  | { type: 'refund'; purchaseIndex: number; refundCents: number }
  | { type: 'adjust'; delta: number };

export const operation: fc.Arbitrary<Operation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('purchase' as const),
      amountCents: fc.integer({ min: 0, max: 20_000 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ type: fc.constant('redeem' as const), rewardIndex: fc.nat(2) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ type: fc.constant('use' as const), voucherIndex: fc.nat(20) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('refund' as const),
      purchaseIndex: fc.nat(20),
      refundCents: fc.integer({ min: 0, max: 20_000 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('adjust' as const),
      delta: fc.integer({ min: -30, max: 30 }),
    }),
  },
);
