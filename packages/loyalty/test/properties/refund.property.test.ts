import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balanceOf, recordPurchase, refundPurchase } from '../../src/index.ts';
import { NOW } from '../factories.ts';
import { simulate } from './customer-simulation.ts';
import { operation } from './operations.ts';
import { programWithRewards } from './programs.ts';

describe('refund properties', () => {
  it('earning then refunding a purchase leaves the balance as before, whatever came before', () => {
    fc.assert(
      fc.property(
        programWithRewards,
        fc.array(operation, { maxLength: 30 }),
        fc.integer({ min: 0, max: 50_000 }),
        ({ program, rewards }, history, amountCents) => {
          const state = simulate(history, program, rewards);
          const before = balanceOf(state.entries);
          const purchase = { id: 'the-purchase', amountCents };
          const earned = recordPurchase({ program, purchase, entries: state.entries, now: NOW });
          if (!earned.ok) return;
          const entries = [...state.entries, ...earned.value.entries];
          const vouchers = [
            ...state.vouchers,
            ...earned.value.vouchers.map((v) => ({ ...v, code: v.id })),
          ];
          const refund = refundPurchase({
            program,
            purchaseId: purchase.id,
            refundId: 'the-refund',
            refundCents: amountCents,
            entries,
            vouchers,
            voucherEvents: state.events,
            now: NOW,
          });
          if (!refund.ok) throw new Error(refund.code);
          expect(refund.value.shortfall).toBe(0);
          expect(balanceOf([...entries, ...refund.value.entries])).toBe(before);
        },
      ),
    );
  });

  it('partial refunds never reverse more than was earned, and a full refund reverses it all', () => {
    fc.assert(
      fc.property(
        programWithRewards,
        fc.integer({ min: 1, max: 50_000 }),
        fc.array(fc.integer({ min: 0, max: 50_000 }), { minLength: 1, maxLength: 8 }),
        ({ program }, amountCents, refunds) => {
          const earned = recordPurchase({
            program,
            purchase: { id: 'p', amountCents },
            entries: [],
            now: NOW,
          });
          if (!earned.ok || earned.value.earned === 0) return;
          let entries = earned.value.entries;
          let refundedCents = 0;
          let takenBack = 0;
          const settle = [...refunds, amountCents]; // finish with whatever remains
          settle.forEach((wanted, i) => {
            const refundCents = Math.min(wanted, amountCents - refundedCents);
            const result = refundPurchase({
              program,
              purchaseId: 'p',
              refundId: `r${i}`,
              refundCents,
              entries,
              vouchers: [],
              voucherEvents: [],
              now: NOW,
            });
            if (!result.ok) throw new Error(result.code);
            refundedCents += refundCents;
            takenBack += result.value.reversed + result.value.shortfall;
            entries = [...entries, ...result.value.entries];
            expect(takenBack).toBeLessThanOrEqual(earned.value.earned);
          });
          expect(takenBack).toBe(earned.value.earned);
        },
      ),
    );
  });
});
