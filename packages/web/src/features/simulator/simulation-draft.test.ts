import { describe, expect, it } from 'vitest';
import { emptyForm } from '../programs/form.ts';
import type { Program } from '../programs/model.ts';
import { simulationDraft } from './simulation-draft.ts';

const points = { ...emptyForm, kind: 'points' as const, name: 'Points café', pointsPerEuro: '2' };
const reward = (id: string, cost: number, archived: boolean) => ({
  id,
  programId: 'p',
  name: { fr: id, en: id },
  cost,
  costPriceCents: 80,
  retailValueCents: 250,
  archived,
  economics: null,
  economicsUnavailable: null,
});

describe('simulationDraft', () => {
  it('simulates an edited points program with its current catalog, archived rewards left out', () => {
    const program = {
      kind: 'points',
      rewards: [reward('café', 50, false), reward('ancien', 10, true)],
    } as unknown as Program;
    const draft = simulationDraft(points, program);
    expect(draft).toMatchObject({ kind: 'points', pointsPerEuro: 2 });
    expect(draft.kind === 'points' && draft.catalog).toEqual([
      { name: { fr: 'café', en: 'café' }, cost: 50, costPriceCents: 80, retailValueCents: 250 },
    ]);
  });

  it('simulates a new program with the reward typed in the form', () => {
    const draft = simulationDraft(
      { ...points, rewardName: 'Croissant', rewardPoints: '30', rewardCostPrice: '0,40' },
      undefined,
    );
    expect(draft.kind === 'points' && draft.catalog).toMatchObject([
      { cost: 30, costPriceCents: 40 },
    ]);
  });
});
