import { describe, expect, it } from 'vitest';
import { breakEvenLift, pointsLiability, programRoi, rewardCostRatio } from '../../src/measures.ts';

describe('reward economics', () => {
  it('reproduces seed 001: a 1 € coffee for 50 € spent costs 2 %', () => {
    expect(rewardCostRatio({ rewardCostCents: 100, spendRequiredCents: 5_000 })).toEqual({
      ratio: 0.02,
      percent: 2,
      verdict: 'withinGuideline',
    });
  });

  it('flags ratios outside 1–5 %, bounds included', () => {
    expect(rewardCostRatio({ rewardCostCents: 40, spendRequiredCents: 5_000 }).verdict).toBe(
      'belowGuideline',
    );
    expect(rewardCostRatio({ rewardCostCents: 50, spendRequiredCents: 5_000 }).verdict).toBe(
      'withinGuideline',
    );
    expect(rewardCostRatio({ rewardCostCents: 250, spendRequiredCents: 5_000 }).verdict).toBe(
      'withinGuideline',
    );
    expect(rewardCostRatio({ rewardCostCents: 300, spendRequiredCents: 5_000 }).verdict).toBe(
      'aboveGuideline',
    );
    expect(() => rewardCostRatio({ rewardCostCents: 1, spendRequiredCents: 0 })).toThrow(
      RangeError,
    );
  });

  it('values outstanding points, with optional breakage', () => {
    expect(pointsLiability({ outstandingPoints: 12_000, valuePerPointCents: 0.5 })).toBe(6_000);
    expect(
      pointsLiability({
        outstandingPoints: 12_000,
        valuePerPointCents: 0.5,
        expectedRedemptionShare: 0.7,
      }),
    ).toBe(4_200);
  });

  it('computes the break-even lift', () => {
    // 2 360 € of cost at 60 % margin needs 3 933.33 € of extra sales, 3.93 % of 100 000 €
    const lift = breakEvenLift({
      programCostCents: 236_000,
      marginRate: 0.6,
      baselineRevenueCents: 10_000_000,
    });
    expect(lift.incrementalRevenueCents).toBe(393_334);
    expect(lift.lift).toBeCloseTo(0.0393333, 6);
  });

  it('computes ROI = (incremental margin − cost) / cost', () => {
    expect(programRoi({ incrementalMarginCents: 300_000, programCostCents: 200_000 })).toBe(0.5);
    expect(programRoi({ incrementalMarginCents: 100_000, programCostCents: 200_000 })).toBe(-0.5);
    expect(programRoi({ incrementalMarginCents: 1, programCostCents: 0 })).toBeNull();
  });
});
