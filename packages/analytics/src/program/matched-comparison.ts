export interface ComparisonCustomer {
  readonly customerId: string;
  readonly isMember: boolean;
  /** Spend before the evaluation period (before joining the program), cents. */
  readonly preSpendCents: number;
  /** Days between the first purchase and the start of the evaluation period. */
  readonly seniorityDays: number;
  /** Margin over the evaluation period, cents, before reward costs. */
  readonly periodMarginCents: number;
}

export interface Stratum {
  /** Index of the pre-period spend band and of the seniority band. */
  readonly spendBand: number;
  readonly seniorityBand: number;
  readonly members: number;
  readonly nonMembers: number;
  /** Mean period margin of members minus that of non-members, cents (null when one side is empty). */
  readonly differenceCents: number | null;
}

export interface MatchedDifference {
  /** Weighted mean of the strata differences, weights = members per stratum (cents per member). */
  readonly perMemberCents: number | null;
  /** Standard error of `perMemberCents`, from the within-stratum variances. */
  readonly standardErrorCents: number | null;
  readonly members: number;
  /** Members in a stratum that also has non-members; the others cannot be compared. */
  readonly matchedMembers: number;
  readonly strata: readonly Stratum[];
}

/** Band index of a value: how many edges it reaches (edges ascending). */
const bandOf = (value: number, edges: readonly number[]) =>
  edges.filter((edge) => value >= edge).length;

function meanAndVariance(values: readonly number[]): { mean: number; variance: number } {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const squares = values.reduce((sum, v) => sum + (v - mean) ** 2, 0);
  // A lone customer gives no spread estimate; count it as 0 rather than dropping the stratum.
  return { mean, variance: values.length > 1 ? squares / (values.length - 1) : 0 };
}

/**
 * Stratified (exact-band) matching: customers are put in cells by pre-period spend band × seniority
 * band, the member / non-member difference in period margin is taken within each cell, and the cell
 * differences are averaged with the members' count as weight — an estimate of the program's effect
 * on the members (ATT), assuming members and non-members of the same cell would otherwise behave
 * alike.
 *
 * @example
 * matchedMarginDifference(customers, { spendBandEdgesCents: [5_000, 20_000], seniorityBandEdgesDays: [180, 365] });
 * // { perMemberCents: 1_840, standardErrorCents: 410, members: 312, matchedMembers: 305, strata: [...] }
 */
export function matchedMarginDifference(
  customers: readonly ComparisonCustomer[],
  bands: {
    readonly spendBandEdgesCents: readonly number[];
    readonly seniorityBandEdgesDays: readonly number[];
  },
): MatchedDifference {
  const cells = new Map<
    string,
    { spendBand: number; seniorityBand: number; members: number[]; others: number[] }
  >();
  for (const customer of customers) {
    const spendBand = bandOf(customer.preSpendCents, bands.spendBandEdgesCents);
    const seniorityBand = bandOf(customer.seniorityDays, bands.seniorityBandEdgesDays);
    const key = `${spendBand}/${seniorityBand}`;
    const cell = cells.get(key) ?? { spendBand, seniorityBand, members: [], others: [] };
    cells.set(key, cell);
    (customer.isMember ? cell.members : cell.others).push(customer.periodMarginCents);
  }
  const strata: Stratum[] = [];
  let weighted = 0;
  let variance = 0;
  let matchedMembers = 0;
  let members = 0;
  const comparable = [...cells.values()].sort(
    (a, b) => a.spendBand - b.spendBand || a.seniorityBand - b.seniorityBand,
  );
  for (const cell of comparable) {
    members += cell.members.length;
    const canCompare = cell.members.length > 0 && cell.others.length > 0;
    let differenceCents: number | null = null;
    if (canCompare) {
      const m = meanAndVariance(cell.members);
      const o = meanAndVariance(cell.others);
      differenceCents = m.mean - o.mean;
      matchedMembers += cell.members.length;
      weighted += cell.members.length * differenceCents;
      // Var of the weighted mean: Σ w² (s²_m / n_m + s²_o / n_o), with w = n_m before normalising.
      variance +=
        cell.members.length ** 2 *
        (m.variance / cell.members.length + o.variance / cell.others.length);
    }
    strata.push({
      spendBand: cell.spendBand,
      seniorityBand: cell.seniorityBand,
      members: cell.members.length,
      nonMembers: cell.others.length,
      differenceCents,
    });
  }
  return {
    perMemberCents: matchedMembers === 0 ? null : weighted / matchedMembers,
    standardErrorCents: matchedMembers === 0 ? null : Math.sqrt(variance) / matchedMembers,
    members,
    matchedMembers,
    strata,
  };
}
