import { addMonths } from '../time/calendar.ts';
import type { DiscountOffer } from './offer.ts';

/**
 * A step of the shop's volume discount for business accounts (seed 003: "un escompte
 * additionnel lorsque certains seuils d'achat sont atteints"): from `fromCents` bought over the
 * period, `percent` off.
 */
export interface B2bThresholdStep {
  readonly fromCents: number;
  readonly percent: number;
}

/**
 * The shop's steps and the period their spend is counted over (rolling months up to the
 * purchase). No steps: no volume discount.
 */
export interface B2bThresholds {
  readonly periodMonths: number;
  readonly steps: readonly B2bThresholdStep[];
}

export const NO_B2B_THRESHOLDS: B2bThresholds = { periodMonths: 12, steps: [] };

/** The limits the API's schema and the web form share (one definition). */
export const B2B_THRESHOLD_LIMITS = {
  stepsMax: 5,
  percentMax: 30,
  fromCentsMax: 100_000_000,
  periodMonthsMax: 36,
} as const;

/** Why a set of steps is refused, with the index of the step at fault. */
export type B2bThresholdProblem =
  | { readonly step: number; readonly code: 'threshold_not_increasing' }
  | { readonly step: number; readonly code: 'percent_not_increasing' };

/**
 * Steps must climb: each starts above the previous one and gives more, otherwise a step would
 * never be the one that applies (the largest percentage reached wins).
 * @example b2bThresholdProblems({ periodMonths: 12, steps: [{ fromCents: 200_000, percent: 5 }, { fromCents: 50_000, percent: 3 }] })
 * // [{ step: 1, code: 'threshold_not_increasing' }]
 */
export function b2bThresholdProblems(settings: B2bThresholds): B2bThresholdProblem[] {
  const problems: B2bThresholdProblem[] = [];
  settings.steps.forEach((step, i) => {
    const before = settings.steps[i - 1];
    if (!before) return;
    if (step.fromCents <= before.fromCents) {
      problems.push({ step: i, code: 'threshold_not_increasing' });
    } else if (step.percent <= before.percent) {
      problems.push({ step: i, code: 'percent_not_increasing' });
    }
  });
  return problems;
}

/**
 * When the counted period starts for a purchase at `now`: `periodMonths` calendar months back.
 * @example b2bPeriodStart({ periodMonths: 12, steps: [] }, new Date('2026-12-06T10:00:00Z')) // 2025-12-06T10:00:00Z
 */
export function b2bPeriodStart(settings: B2bThresholds, now: Date): Date {
  return addMonths(now, -settings.periodMonths);
}

/**
 * The steps as offers to the discount rules, labelled with the account's name: the rules keep
 * the largest step the account's spend has reached (`applicableOffers`).
 * @example b2bThresholdOffers(settings, 'Martin SARL') // [{ kind: 'b2b_threshold', label: 'Martin SARL', spendCents: 50_000, percent: 3 }, …]
 */
export function b2bThresholdOffers(settings: B2bThresholds, label: string): DiscountOffer[] {
  return settings.steps.map((step) => ({
    kind: 'b2b_threshold',
    label,
    spendCents: step.fromCents,
    percent: step.percent,
  }));
}

/** What the card of a business account's contact says: the step reached and the next one. */
export interface TradeDiscountCard {
  /** The step reached (0 below the first). */
  readonly percent: number;
  /** The next step and what the account still has to buy over the period to reach it. */
  readonly next: { readonly percent: number; readonly spendLeftCents: number } | null;
}

/**
 * The card's "Remise professionnelle 3 % — encore 1 400 € d'achats pour 5 %", from the
 * account's spend over the period: the highest step reached, and the first step above it.
 * @example tradeDiscountCard(steps, 60_000) // { percent: 3, next: { percent: 5, spendLeftCents: 140_000 } }
 */
export function tradeDiscountCard(settings: B2bThresholds, spendCents: number): TradeDiscountCard {
  let percent = 0;
  for (const step of settings.steps) {
    if (spendCents >= step.fromCents) percent = Math.max(percent, step.percent);
  }
  const above = settings.steps
    .filter((s) => s.fromCents > spendCents && s.percent > percent)
    .sort((a, b) => a.fromCents - b.fromCents)[0];
  return {
    percent,
    next: above ? { percent: above.percent, spendLeftCents: above.fromCents - spendCents } : null,
  };
}
