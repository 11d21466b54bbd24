/** The parts of a catalog reward the counter needs. */
export type CatalogReward = {
  id: string;
  name: { fr: string; en: string };
  cost: number;
  archived: boolean;
};

/**
 * A points program's rewards split for the counter: what the customer can have now (cheapest
 * first) and what is not reachable yet, with the points still missing.
 * @example splitByBalance(20, [{ id: 'c', cost: 20, … }, { id: 'm', cost: 50, … }])
 * // { affordable: [café], later: [{ reward: muffin, missing: 30 }] }
 */
export function splitByBalance(balance: number, catalog: readonly CatalogReward[]) {
  const offered = catalog.filter((r) => !r.archived).sort((a, b) => a.cost - b.cost);
  return {
    affordable: offered.filter((r) => r.cost <= balance),
    later: offered
      .filter((r) => r.cost > balance)
      .map((reward) => ({ reward, missing: reward.cost - balance })),
  };
}

/**
 * The rewards this purchase just made affordable (out of reach before it, within reach now):
 * the moment to tell the customer.
 * @example newlyAffordable(25, 10, [café (20)]) // [café]
 */
export function newlyAffordable(
  balance: number,
  earned: number,
  catalog: readonly CatalogReward[],
): CatalogReward[] {
  const before = balance - earned;
  return catalog.filter((r) => !r.archived && r.cost > before && r.cost <= balance);
}
