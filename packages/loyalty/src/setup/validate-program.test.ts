import { describe, expect, it } from 'vitest';
import { buildPointsProgram, buildReward, buildStampCard } from '../../test/factories.ts';
import { validateProgram } from './validate-program.ts';
import { validateReward } from './validate-reward.ts';

describe('validateProgram', () => {
  it('accepts the defaults', () => {
    expect(validateProgram(buildStampCard()).ok).toBe(true);
    expect(validateProgram(buildPointsProgram()).ok).toBe(true);
  });

  it.each([
    [buildStampCard({ stampsPerCard: 0 }), 'stampsPerCard'],
    [buildStampCard({ rule: { per: 'spend', centsPerStamp: 0 } }), 'centsPerStamp'],
    [buildStampCard({ rule: { per: 'item', category: ' ' } }), 'category'],
    [buildStampCard({ minimumPurchaseCents: 4.5 }), 'minimumPurchaseCents'],
    [buildPointsProgram({ pointsPerEuro: 1.5 }), 'pointsPerEuro'],
    [buildPointsProgram({ expiry: { monthsWithoutActivity: 0, noticeDays: 30 } }), 'expiry'],
    [buildPointsProgram({ name: { fr: '', en: 'Points' } }), 'name'],
  ])('names the field at fault (%#)', (program, field) => {
    expect(validateProgram(program)).toEqual({
      ok: false,
      code: 'invalid_program',
      detail: { field },
    });
  });
});

describe('validateReward', () => {
  it('requires a stamp card reward to cost exactly one card', () => {
    expect(validateReward(buildReward(), buildStampCard()).ok).toBe(true);
    expect(validateReward(buildReward({ cost: 9 }), buildStampCard())).toMatchObject({
      detail: { field: 'cost' },
    });
  });

  it('rejects rewards of another program and fractional cents', () => {
    expect(validateReward(buildReward(), buildPointsProgram())).toMatchObject({
      code: 'reward_not_in_program',
    });
    const reward = buildReward({ programId: 'points', costPriceCents: 99.9 });
    expect(validateReward(reward, buildPointsProgram())).toMatchObject({
      detail: { field: 'costPriceCents' },
    });
  });
});
