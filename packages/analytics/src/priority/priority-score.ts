import {
  type NormalisationSettings,
  normaliseComponents,
  PRIORITY_COMPONENTS,
  type PriorityComponent,
  type PriorityInput,
  rawComponents,
} from './components.ts';

export type PriorityWeights = Readonly<Record<PriorityComponent, number>>;

/** Volume and growth first (seed 003's order of criteria), the rest as tie-breakers of weight. */
export const DEFAULT_PRIORITY_WEIGHTS: PriorityWeights = {
  volume: 0.25,
  growth: 0.25,
  payment: 0.15,
  profitability: 0.15,
  relationship: 0.1,
  disputes: 0.1,
};

export type ReasonLevel = 'high' | 'medium' | 'low';

export interface ComponentContribution {
  readonly component: PriorityComponent;
  /** The input behind it (cents, share, ratio or years). */
  readonly raw: number;
  /** Normalised to [0, 1]. */
  readonly normalised: number;
  readonly weight: number;
  /** Points of the 0–100 score this component brings: 100 × weight × normalised / Σ weights. */
  readonly points: number;
  /** Translation key, e.g. 'priority.volume.high'. */
  readonly reasonKey: `priority.${PriorityComponent}.${ReasonLevel}`;
}

export interface PriorityEntry {
  /** 1 = contact first. */
  readonly rank: number;
  readonly customerId: string;
  /** 0…100, the sum of the components' points. */
  readonly score: number;
  readonly components: readonly ComponentContribution[];
  /** The reason key of the component bringing the most points. */
  readonly mainReasonKey: ComponentContribution['reasonKey'];
}

const levelOf = (normalised: number): ReasonLevel =>
  normalised >= 2 / 3 ? 'high' : normalised < 1 / 3 ? 'low' : 'medium';

/**
 * Ranked list of customers to prioritise, with the score explained component by component.
 * Weights are relative (they need not sum to 1); missing weights keep their default.
 *
 * @example
 * // three accounts: 'big' (50 000 €/year, flat forecast), 'growing' (5 000 € → 15 000 €),
 * // 'difficult' (10 000 €, half paid 30 days late, 500 € of disputes); same margin and seniority
 * priorityList(accounts)[0];
 * // { rank: 1, customerId: 'big', score: 68.75, mainReasonKey: 'priority.volume.high',
 * //   components: [{ component: 'volume', raw: 5_000_000, normalised: 1, weight: 0.25, points: 25,
 * //                  reasonKey: 'priority.volume.high' }, …] }
 * priorityList(accounts, { weights: { growth: 1 } })[0].customerId; // 'growing'
 */
export function priorityList(
  customers: readonly PriorityInput[],
  options: { readonly weights?: Partial<PriorityWeights> } & Partial<NormalisationSettings> = {},
): PriorityEntry[] {
  const weights = { ...DEFAULT_PRIORITY_WEIGHTS, ...options.weights };
  const totalWeight = PRIORITY_COMPONENTS.reduce((sum, component) => sum + weights[component], 0);
  if (PRIORITY_COMPONENTS.some((component) => !(weights[component] >= 0)) || !(totalWeight > 0)) {
    throw new RangeError('priorityList: weights must be ≥ 0 and not all zero');
  }
  const normalised = normaliseComponents(customers, {
    daysLateForZero: options.daysLateForZero ?? 60,
    disputeShareForZero: options.disputeShareForZero ?? 0.1,
  });
  const entries = customers.map((customer, i) => {
    const raw = rawComponents(customer);
    const components = PRIORITY_COMPONENTS.map((component) => {
      const value = normalised[i]![component];
      return {
        component,
        raw: raw[component],
        normalised: value,
        weight: weights[component],
        points: (100 * weights[component] * value) / totalWeight,
        reasonKey: `priority.${component}.${levelOf(value)}` as const,
      };
    });
    const main = components.reduce((best, c) => (c.points > best.points ? c : best));
    const score = components.reduce((sum, c) => sum + c.points, 0);
    return { customerId: customer.customerId, score, components, mainReasonKey: main.reasonKey };
  });
  entries.sort(
    (a, b) =>
      b.score - a.score || (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0),
  );
  return entries.map((entry, i) => ({ rank: i + 1, ...entry }));
}
