import type { GoalMetric } from './goal-metric.ts';

/**
 * How a goal's target is given: a value to reach, a change in % of the baseline, or a change
 * by an amount (in the metric's unit).
 */
export type GoalTarget =
  | { kind: 'value'; value: number }
  | { kind: 'percent_change'; percent: number }
  | { kind: 'change'; by: number };

/** A ready-made goal: the four examples of seed 001 ("Établir des objectifs clairs et mesurables"). */
export interface GoalTemplate {
  readonly id: string;
  readonly metric: GoalMetric;
  readonly target: GoalTarget;
  /** Days from the goal's start to its deadline. */
  readonly days: number;
}

export const GOAL_TEMPLATES: readonly GoalTemplate[] = [
  // « Augmenter la fréquence moyenne d'achat de 1,5 fois par mois à 2 fois par mois dans les six mois. »
  { id: 'frequency', metric: 'purchase_frequency', target: { kind: 'value', value: 2 }, days: 182 },
  // « Augmenter la valeur moyenne des commandes (AOV) de 15 % pour les membres du programme au cours du premier trimestre. »
  {
    id: 'member_basket',
    metric: 'member_average_basket',
    target: { kind: 'percent_change', percent: 15 },
    days: 91,
  },
  // « Réduire le taux de désabonnement des clients de 10 % au cours de l'année suivante. »
  {
    id: 'churn',
    metric: 'churn_rate',
    target: { kind: 'percent_change', percent: -10 },
    days: 365,
  },
  // « Augmenter notre liste d'adresses électroniques de 500 abonnés engagés … en 90 jours. »
  { id: 'subscribers', metric: 'email_subscribers', target: { kind: 'change', by: 500 }, days: 90 },
];

/**
 * The value a target stands for, given the baseline measured at the start. A relative target
 * on a baseline that could not be measured (null) cannot be resolved: null.
 * @example resolveGoalTarget({ kind: 'percent_change', percent: -10 }, 20) // 18
 */
export function resolveGoalTarget(target: GoalTarget, baseline: number | null): number | null {
  switch (target.kind) {
    case 'value':
      return target.value;
    case 'percent_change':
      return baseline === null ? null : baseline * (1 + target.percent / 100);
    case 'change':
      return baseline === null ? null : baseline + target.by;
  }
}
