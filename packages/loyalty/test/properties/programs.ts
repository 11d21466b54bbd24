import fc from 'fast-check';
import type { PointsProgram, Program, Reward, StampCardProgram } from '../../src/index.ts';
import { buildPointsProgram, buildReward, buildStampCard } from '../factories.ts';

/** Stamp cards of every rule, 1–12 stamps, with or without a minimum purchase. */
export const stampCard: fc.Arbitrary<StampCardProgram> = fc
  .record({
    stampsPerCard: fc.integer({ min: 1, max: 12 }),
    rule: fc.oneof(
      fc.constant({ per: 'visit' as const }),
      fc
        .integer({ min: 100, max: 2000 })
        .map((centsPerStamp) => ({ per: 'spend' as const, centsPerStamp })),
    ),
    minimumPurchaseCents: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
  })
  .map((overrides) => buildStampCard(overrides));

export const pointsProgram: fc.Arbitrary<PointsProgram> = fc
  .record({
    pointsPerEuro: fc.integer({ min: 1, max: 10 }),
    rounding: fc.constantFrom('floor' as const, 'nearest' as const),
  })
  .map((overrides) => buildPointsProgram(overrides));

/** A program with rewards that belong to it. */
export const programWithRewards: fc.Arbitrary<{ program: Program; rewards: Reward[] }> = fc.oneof(
  stampCard.map((program) => ({
    program: program as Program,
    rewards: [buildReward({ cost: program.stampsPerCard })],
  })),
  fc
    .tuple(
      pointsProgram,
      fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 3 }),
    )
    .map(([program, costs]) => ({
      program: program as Program,
      rewards: costs.map((cost, i) =>
        buildReward({ id: `reward${i}`, programId: program.id, cost }),
      ),
    })),
);
