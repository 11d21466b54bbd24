import { describe, expect, it } from 'vitest';
import { newlyAffordable, splitByBalance } from './points-rewards.ts';

const reward = (id: string, cost: number, archived = false) => ({
  id,
  name: { fr: id, en: id },
  cost,
  archived,
});
const catalog = [
  reward('muffin', 50),
  reward('cafe', 20),
  reward('old', 5, true),
  reward('the', 30),
];

describe('points rewards at the counter', () => {
  it('lists only what the balance buys, the rest apart with the points missing', () => {
    const { affordable, later } = splitByBalance(20, catalog);
    expect(affordable.map((r) => r.id)).toEqual(['cafe']);
    expect(later.map((l) => [l.reward.id, l.missing])).toEqual([
      ['the', 10],
      ['muffin', 30],
    ]);
    expect(splitByBalance(0, catalog).affordable).toEqual([]);
  });

  it('signals the rewards a purchase has just made reachable', () => {
    expect(newlyAffordable(25, 10, catalog).map((r) => r.id)).toEqual(['cafe']);
    expect(
      newlyAffordable(55, 30, catalog)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['muffin', 'the']);
    expect(newlyAffordable(25, 2, catalog)).toEqual([]);
  });
});
