import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balanceOf, type LedgerEntry, recordPurchase } from '../../src/index.ts';
import { NOW } from '../factories.ts';
import { stampCard } from './programs.ts';

describe('stamp rollover', () => {
  it('total stamps earned = vouchers × N + stamps left, and the card is never full', () => {
    fc.assert(
      fc.property(
        stampCard,
        fc.array(fc.integer({ min: 0, max: 30_000 }), { maxLength: 30 }),
        (program, amounts) => {
          let entries: LedgerEntry[] = [];
          let earned = 0;
          let vouchers = 0;
          amounts.forEach((amountCents, i) => {
            const result = recordPurchase({
              program,
              purchase: { id: `p${i}`, amountCents },
              entries,
              now: NOW,
            });
            if (!result.ok) return;
            earned += result.value.earned;
            vouchers += result.value.vouchers.length;
            entries = [...entries, ...result.value.entries];
          });
          const left = balanceOf(entries);
          expect(earned).toBe(vouchers * program.stampsPerCard + left);
          expect(left).toBeLessThan(program.stampsPerCard);
          expect(left).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
