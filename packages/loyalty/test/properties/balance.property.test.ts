import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balanceOf, balancesByProgram, buildCardView, redeemPoints } from '../../src/index.ts';
import { buildEntry, buildPointsProgram, buildReward, NOW } from '../factories.ts';
import { apply, type CustomerState, simulate } from './customer-simulation.ts';
import { operation } from './operations.ts';
import { programWithRewards } from './programs.ts';

describe('balance properties', () => {
  it('a redemption never takes a balance below zero', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        (balance, cost) => {
          const program = buildPointsProgram();
          const entries =
            balance > 0
              ? [buildEntry({ programId: 'points', unit: 'points', delta: balance })]
              : [];
          const reward = buildReward({ programId: 'points', cost });
          const result = redeemPoints({ program, reward, entries, redemptionId: 'r', now: NOW });
          if (result.ok) {
            expect(balanceOf([...entries, ...result.value.entries])).toBe(balance - cost);
            expect(balance - cost).toBeGreaterThanOrEqual(0);
          } else {
            expect(result.code).toBe('insufficient_balance');
            expect(balance).toBeLessThan(cost);
          }
        },
      ),
    );
  });

  it('no sequence of purchases, redemptions, refunds and adjustments goes below zero', () => {
    fc.assert(
      fc.property(
        programWithRewards,
        fc.array(operation, { maxLength: 40 }),
        ({ program, rewards }, ops) => {
          const state: CustomerState = { entries: [], vouchers: [], events: [], purchases: [] };
          ops.forEach((op, step) => {
            apply(state, op, program, rewards, step);
            expect(balanceOf(state.entries)).toBeGreaterThanOrEqual(0);
          });
        },
      ),
    );
  });

  it('the balance is the sum of the entries, in any order, everywhere it is shown', () => {
    fc.assert(
      fc.property(
        programWithRewards,
        fc.array(operation, { maxLength: 40 }),
        fc.nat(),
        ({ program, rewards }, ops, rotation) => {
          const state = simulate(ops, program, rewards);
          const sum = state.entries.reduce((total, entry) => total + entry.delta, 0);
          // Another order: reversed, then rotated — a ledger read back unordered must agree.
          const reversed = [...state.entries].reverse();
          const cut = rotation % Math.max(1, reversed.length);
          const shuffled = [...reversed.slice(cut), ...reversed.slice(0, cut)];
          expect(balanceOf(shuffled)).toBe(sum);
          expect(balancesByProgram(state.entries)[program.id] ?? 0).toBe(sum);
          const [view] = buildCardView({
            programs: [program],
            rewards,
            entries: state.entries,
            vouchers: state.vouchers,
            voucherEvents: state.events,
            now: NOW,
          });
          expect(view?.balance).toBe(sum);
        },
      ),
    );
  });
});
