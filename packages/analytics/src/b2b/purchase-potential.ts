/** What one account bought over the last 12 months, per item category, in cents. */
export interface CategorySpend {
  readonly accountId: string;
  readonly byCategory: Readonly<Record<string, number>>;
}

export interface MissingCategory {
  readonly category: string;
  /** How many comparable accounts buy it. */
  readonly buyers: number;
  /** Median yearly spend of those buyers in it, cents: what this account could add. */
  readonly typicalAnnualCents: number;
}

export interface PurchasePotential {
  /** Categories comparable accounts buy and this one does not, the most bought first. */
  readonly missing: readonly MissingCategory[];
  /** Comparable accounts: the others that buy at least one category this one buys. */
  readonly comparableAccounts: number;
  /** Yearly potential, cents: the owner's estimate when given, else Σ typicalAnnualCents. */
  readonly potentialCents: number;
  readonly source: 'owner' | 'comparable_accounts' | 'none';
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const bought = (spend: CategorySpend) =>
  new Set(Object.keys(spend.byCategory).filter((category) => spend.byCategory[category]! > 0));

/**
 * What an account could buy that it does not (seed 003: « possibilité d'acheter davantage de
 * produits et services »): the categories that at least `minBuyerShare` of comparable accounts
 * (and at least one) buy and this account does not, each valued at the median those buyers
 * spend on it. An estimate by the owner (cents a year), when given, is the potential.
 * @example
 * purchasePotential('hotel', [
 *   { accountId: 'hotel', byCategory: { pain: 300_000 } },
 *   { accountId: 'bistrot', byCategory: { pain: 200_000, viennoiserie: 90_000 } },
 *   { accountId: 'cantine', byCategory: { pain: 500_000, viennoiserie: 110_000 } },
 * ]);
 * // { missing: [{ category: 'viennoiserie', buyers: 2, typicalAnnualCents: 100_000 }],
 * //   comparableAccounts: 2, potentialCents: 100_000, source: 'comparable_accounts' }
 */
export function purchasePotential(
  accountId: string,
  accounts: readonly CategorySpend[],
  options: { readonly ownerEstimateCents?: number | null; readonly minBuyerShare?: number } = {},
): PurchasePotential {
  const own = accounts.find((a) => a.accountId === accountId);
  const mine = own ? bought(own) : new Set<string>();
  const comparable = accounts.filter((a) => {
    if (a.accountId === accountId) return false;
    return mine.size === 0 || [...bought(a)].some((category) => mine.has(category));
  });
  const spendBy = new Map<string, number[]>();
  for (const account of comparable) {
    for (const category of bought(account)) {
      if (mine.has(category)) continue;
      spendBy.set(category, [...(spendBy.get(category) ?? []), account.byCategory[category]!]);
    }
  }
  const minBuyers = Math.max(1, Math.ceil(comparable.length * (options.minBuyerShare ?? 1 / 3)));
  const missing = [...spendBy]
    .filter(([, spends]) => spends.length >= minBuyers)
    .map(([category, spends]) => ({
      category,
      buyers: spends.length,
      typicalAnnualCents: Math.round(median(spends)),
    }))
    .sort(
      (a, b) =>
        b.buyers - a.buyers ||
        b.typicalAnnualCents - a.typicalAnnualCents ||
        (a.category < b.category ? -1 : 1),
    );
  const estimate = options.ownerEstimateCents;
  if (estimate !== undefined && estimate !== null) {
    return {
      missing,
      comparableAccounts: comparable.length,
      potentialCents: estimate,
      source: 'owner',
    };
  }
  const potentialCents = missing.reduce((sum, m) => sum + m.typicalAnnualCents, 0);
  return {
    missing,
    comparableAccounts: comparable.length,
    potentialCents,
    source: missing.length > 0 ? 'comparable_accounts' : 'none',
  };
}
