import {
  type ComparisonCustomer,
  type MatchedDifference,
  matchedMarginDifference,
} from './matched-comparison.ts';

/**
 * Program ROI = (incremental margin − program cost) / program cost, as a share (0.5 = +50 %).
 *
 * @returns the ROI, or `null` when the program cost nothing.
 * @example
 * programRoi({ incrementalMarginCents: 300_000, programCostCents: 200_000 }); // 0.5
 */
export function programRoi(input: {
  readonly incrementalMarginCents: number;
  readonly programCostCents: number;
}): number | null {
  if (input.programCostCents === 0) return null;
  return (input.incrementalMarginCents - input.programCostCents) / input.programCostCents;
}

export interface Statement {
  readonly key: string;
  readonly description: string;
}

export interface ProgramRoiEstimate {
  readonly roi: number | null;
  /** Per-member matched difference × all members, cents. */
  readonly incrementalMarginCents: number | null;
  readonly programCostCents: number;
  readonly comparison: MatchedDifference;
  readonly method: Statement;
  readonly limitations: readonly Statement[];
}

const METHOD: Statement = {
  key: 'stratifiedMatching',
  description:
    'Members are compared with non-members of the same pre-period spend band and seniority band; the ' +
    'per-cell differences in period margin are averaged with the number of members as weight, then ' +
    'multiplied by the number of members.',
};

const LIMITATIONS: readonly Statement[] = [
  {
    key: 'selfSelection',
    description:
      'Customers choose to join: members may be keener than non-members with the same past spend, which inflates the estimate.',
  },
  {
    key: 'observedOnly',
    description:
      'Only pre-period spend and seniority are matched; anything else (distance to the shop, household size) is not.',
  },
  {
    key: 'unmatchedMembers',
    description:
      'Members in a cell without non-members are not compared; the per-member estimate is extrapolated to them.',
  },
  {
    key: 'spillover',
    description:
      'Sales the program takes from non-members (or brings them by word of mouth) are not separated.',
  },
  {
    key: 'noise',
    description: 'Small cells are noisy: read the standard error before the point estimate.',
  },
];

/**
 * Doubling pre-spend bands — 1 €, 2 €, 4 €, … up to the largest pre-spend. Spend is skewed, so
 * equal-width or quintile bands lump most regulars together; on the simulator with
 * self-selection, doubling bands removed about twice as much of the bias as quintiles.
 */
function doublingEdges(values: readonly number[]): number[] {
  const largest = values.reduce((max, v) => Math.max(max, v), 0);
  const edges: number[] = [];
  for (let edge = 100; edge <= largest; edge *= 2) edges.push(edge);
  return edges;
}

/**
 * Program ROI from a matched member / non-member comparison: (incremental margin − cost) / cost,
 * returned with the method and its limits so they travel with the number to the screen.
 * Default bands: pre-period spend doubling from 1 € (0, 1–2 €, 2–4 €, …); seniority < 6 months,
 * < 1 year, < 2 years, more. Customers new during the period have no pre-period to match on:
 * evaluate on customers who existed before `start` when membership is a choice.
 *
 * @example
 * programRoiEstimate(customers, { programCostCents: 240_000 });
 * // { roi: 0.31, incrementalMarginCents: 314_400, method: { key: 'stratifiedMatching', … }, limitations: [...] }
 */
export function programRoiEstimate(
  customers: readonly ComparisonCustomer[],
  options: {
    readonly programCostCents: number;
    readonly spendBandEdgesCents?: readonly number[];
    readonly seniorityBandEdgesDays?: readonly number[];
  },
): ProgramRoiEstimate {
  const comparison = matchedMarginDifference(customers, {
    spendBandEdgesCents:
      options.spendBandEdgesCents ?? doublingEdges(customers.map((c) => c.preSpendCents)),
    seniorityBandEdgesDays: options.seniorityBandEdgesDays ?? [182, 365, 730],
  });
  const incrementalMarginCents =
    comparison.perMemberCents === null
      ? null
      : Math.round(comparison.perMemberCents * comparison.members);
  return {
    roi:
      incrementalMarginCents === null
        ? null
        : programRoi({ incrementalMarginCents, programCostCents: options.programCostCents }),
    incrementalMarginCents,
    programCostCents: options.programCostCents,
    comparison,
    method: METHOD,
    limitations: LIMITATIONS,
  };
}
