import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPointsProgram, buildStampCard } from '../../test/factories.ts';
import type { Program } from '../model/program.ts';
import { simulateProgram } from './simulate-program.ts';

const START = Date.parse('2026-01-01T00:00:00Z');
const sales = fc.array(
  fc.record({
    customer: fc.constantFrom('a', 'b', 'c'),
    day: fc.integer({ min: 0, max: 364 }),
    amountCents: fc.integer({ min: 0, max: 20_000 }),
  }),
  { maxLength: 40 },
);
const programs = fc.constantFrom<Program>(
  buildStampCard({ stampsPerCard: 5, rewardId: 'r', minimumPurchaseCents: 300 }),
  buildPointsProgram({ id: 'p', expiry: { monthsWithoutActivity: 3, noticeDays: 7 } }),
);

describe('simulateProgram (properties)', () => {
  it('never reports a negative liability or cost, and every unit earned is redeemed, lapsed or outstanding', () => {
    fc.assert(
      fc.property(programs, sales, fc.integer({ min: 1, max: 90 }), (program, rows, margin) => {
        const result = simulateProgram({
          program,
          rewards: [
            {
              id: 'r',
              programId: program.id,
              name: { fr: 'r', en: 'r' },
              cost: program.kind === 'stamps' ? 5 : 40,
              costPriceCents: 120,
              retailValueCents: 300,
            },
          ],
          purchases: rows.map((r, i) => ({
            id: `s${i}`,
            customerId: r.customer,
            at: new Date(START + r.day * 86_400_000),
            amountCents: r.amountCents,
          })),
          end: new Date('2026-12-31T23:00:00Z'),
          grossMarginPercent: margin,
        });
        expect(result.liabilityCents).toBeGreaterThanOrEqual(0);
        expect(result.costCents).toBeGreaterThanOrEqual(0);
        expect(result.outstanding).toBeGreaterThanOrEqual(0);
        expect(result.earned).toBe(result.redeemed + result.expired + result.outstanding);
        if (result.breakEven) expect(result.breakEven.liftPercent).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
