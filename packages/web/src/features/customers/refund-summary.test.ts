import { expect, it } from 'vitest';
import { refundEffects } from './refund-summary.ts';

const card = (programId: string, unit: 'stamps' | 'points', clawbackOwed: number) => ({
  programId,
  programName: { fr: `P ${programId}`, en: `P ${programId}` },
  kind: unit,
  archived: false,
  unit,
  balance: 0,
  progress: null,
  redeemableRewardIds: [],
  vouchers: [],
  expiry: null,
  clawbackOwed,
});

it('says, per program and with its unit, what a refund took back and what is still owed', () => {
  const effects = refundEffects({
    refundId: 'r',
    purchaseId: 'p',
    customerId: 'c',
    amountCents: 4560,
    remainingCents: 0,
    reversed: [
      { programId: 'pts', amount: 1, shortfall: 44 },
      { programId: 'stp', amount: 0, shortfall: 0 },
    ],
    voidedVouchers: [],
    card: [card('pts', 'points', 50), card('stp', 'stamps', 0)],
  });
  expect(effects).toEqual([
    {
      programId: 'pts',
      programName: { fr: 'P pts', en: 'P pts' },
      unit: 'points',
      taken: 1,
      owedNow: 44,
      owedTotal: 50,
    },
  ]);
});
