import type { MinimizeResult } from '../math/optimizer-types.ts';
import { bgNbd, fitBgNbd } from '../models/bg-nbd/index.ts';
import type { CustomerSummary } from '../summary/customer-summary.ts';
import { daysPerUnit } from '../summary/transactions.ts';
import type { PurchaseCalendar } from './purchase-calendar.ts';
import {
  daysInMonth,
  monthOfYear,
  nextMonthStart,
  type SeasonalClock,
  seasonalClock,
  yearOf,
} from './seasonal-clock.ts';
import { warpSummary } from './warp-summary.ts';

/** A year of history: below it some months have never been seen. */
export const MIN_SEASON_DAYS = 365;
/** Refits on the seasonal scale: the factors move by well under 1 % after the second. */
const ROUNDS = 3;

/** What the seasons rest on and what came out (docs/analytics/seasons.md). */
export type SeasonsEstimate =
  | {
      status: 'estimated';
      /** The purchase rate's factor by month of the year, January first, mean 1 over the year. */
      monthly: number[];
      /** Days of history the factors rest on. */
      days: number;
    }
  | {
      status: 'too-short';
      /** Months of the year (January first) the history covers, at least in part. */
      covered: boolean[];
      days: number;
    };

/**
 * The shop's month-of-year effect on the purchase rate, from at least a year of history.
 *
 * Each round fits BG/NBD on the current seasonal time scale, computes the repeat purchases it
 * expects in every calendar month from who had joined by then (so the growth or decline of the
 * customer base is the model's, not a season), and multiplies each month's factor by actual ÷
 * expected over the years. The factors are shrunk towards 1 on the log scale by how noisy each
 * month's count is (empirical Bayes: a month seen on 40 returns moves little, one seen on 4 000
 * moves fully), then scaled to a mean of 1 over the year.
 *
 * @example
 * const seasons = estimateSeasons(summary, purchaseCalendar(tx, asOfDay));
 * seasons.status === 'estimated' && seasons.monthly[11]; // ≈ 1.3 for a December peak of +30 %
 */
export function estimateSeasons(
  summary: CustomerSummary,
  calendar: PurchaseCalendar,
): SeasonsEstimate {
  return estimateSeasonsAndLastFit(summary, calendar).estimate;
}

/**
 * {@link estimateSeasons}, and the optimiser's result of its last BG/NBD round (null when none
 * ran): the fit on the final scale differs from it only by the last round's small move, so it
 * can start there (`FitOptions.warmStart`).
 */
export function estimateSeasonsAndLastFit(
  summary: CustomerSummary,
  calendar: PurchaseCalendar,
): { estimate: SeasonsEstimate; lastFit: MinimizeResult | null } {
  const end = summary.windowEndDay;
  let first = Number.POSITIVE_INFINITY;
  for (let c = 0; c < summary.customerCount; c++) {
    if (summary.purchaseDays[c]! > 0) first = Math.min(first, summary.firstPurchaseDay[c]!);
  }
  const days = Number.isFinite(first) ? end - first + 1 : 0;
  if (days < MIN_SEASON_DAYS) {
    const covered = Array.from({ length: 12 }, () => false);
    for (let d = first; d <= end && Number.isFinite(first); d = nextMonthStart(d)) {
      covered[monthOfYear(d)] = true;
    }
    return { estimate: { status: 'too-short', covered, days: Math.max(0, days) }, lastFit: null };
  }
  const cohorts = new Map<number, number>();
  for (let c = 0; c < summary.customerCount; c++) {
    if (summary.purchaseDays[c] === 0) continue;
    const f = summary.firstPurchaseDay[c]!;
    cohorts.set(f, (cohorts.get(f) ?? 0) + 1);
  }
  const actual = actualByMonth(calendar, first, end);
  let monthly = Array.from({ length: 12 }, () => 1);
  // Each round's fit starts from the previous round's optimum and curvature: the time scale
  // moves by a few per cent between rounds, so the optimum barely moves.
  let previousFit: MinimizeResult | undefined;
  for (let round = 0; round < ROUNDS; round++) {
    const clock = seasonalClock(monthly);
    const fitted = expectedByMonth(summary, clock, cohorts, first, end, previousFit);
    if (fitted === null) break;
    const { expected, optimizer } = fitted;
    previousFit = optimizer;
    const sum = (by: Map<number, number>[]) =>
      by.map((m) => [...m.values()].reduce((a, b) => a + b, 0));
    const [a, e] = [sum(actual), sum(expected)];
    const raw = monthly.map((factor, m) =>
      e[m]! > 0 && a[m]! > 0 ? (factor * a[m]!) / e[m]! : factor,
    );
    const next = shrinkAndNormalise(raw, noiseOf(actual, expected));
    // The same factors again (e.g. all 1 for a shop without seasons): every further round would
    // repeat this one exactly.
    const fixed = next.every((f, m) => f === monthly[m]);
    monthly = next;
    if (fixed) break;
  }
  return { estimate: { status: 'estimated', monthly, days }, lastFit: previousFit ?? null };
}

/** Counts by month of the year (index), then by year (key). */
type ByMonthAndYear = Map<number, number>[];

const byMonthAndYear = (): ByMonthAndYear => Array.from({ length: 12 }, () => new Map());
const add = (into: ByMonthAndYear, day: number, n: number) => {
  const m = into[monthOfYear(day)]!;
  const year = yearOf(day);
  m.set(year, (m.get(year) ?? 0) + n);
};

/** Repeat purchase days by month of the year and year over [first, end]. */
function actualByMonth(calendar: PurchaseCalendar, first: number, end: number): ByMonthAndYear {
  const out = byMonthAndYear();
  const counts = calendar.repeatPurchaseDays;
  for (let d = Math.max(first, calendar.firstDay); d <= end; d++) {
    const i = d - calendar.firstDay;
    if (i >= counts.length) break;
    add(out, d, counts[i]!);
  }
  return out;
}

/**
 * A year-specific wobble of one month (weather, an event, the cohort's own rhythm) that one year
 * of history cannot tell from a season: 15 % (standard deviation on the log scale), unless two
 * years or more show how much the same month moves from one year to the next.
 */
const YEAR_TO_YEAR_PRIOR = 0.15 ** 2;

/**
 * Sampling variance of each month's log factor: Poisson noise (1 / count) plus the year-to-year
 * variance of a month over the years it was seen, that variance estimated from the months seen
 * in several years (between-year spread beyond Poisson noise), else the prior.
 */
function noiseOf(actual: ByMonthAndYear, expected: ByMonthAndYear): number[] {
  let spread = 0;
  let freedom = 0;
  for (let m = 0; m < 12; m++) {
    const logs: number[] = [];
    let poisson = 0;
    for (const [year, a] of actual[m]!) {
      const e = expected[m]!.get(year) ?? 0;
      if (a <= 0 || e <= 0) continue;
      logs.push(Math.log(a / e));
      poisson += 1 / a;
    }
    if (logs.length < 2) continue;
    const mean = logs.reduce((s, l) => s + l, 0) / logs.length;
    spread +=
      logs.reduce((s, l) => s + (l - mean) ** 2, 0) - (poisson * (logs.length - 1)) / logs.length;
    freedom += logs.length - 1;
  }
  const yearToYear = freedom > 0 ? Math.max(0, spread / freedom) : YEAR_TO_YEAR_PRIOR;
  return actual.map((years) => {
    const counts = [...years.values()].filter((n) => n > 0);
    const total = counts.reduce((s, n) => s + n, 0);
    return total > 0 ? 1 / total + yearToYear / counts.length : Number.POSITIVE_INFINITY;
  });
}

/**
 * Repeat purchase days BG/NBD expects by month of the year over [first, end], on the clock's
 * scale: each cohort (customers of one first purchase day f) contributes
 * n_f · (E[X(τ(b₁) − τ(f))] − E[X(τ(b₀) − τ(f))]) to the month [b₀, b₁). Null if BG/NBD fails.
 * Only the fit's estimate is used: no standard errors (the Hessian cost a fifth of the fit).
 * The fit starts from `warmStart` when given (the previous round's optimiser result).
 */
function expectedByMonth(
  summary: CustomerSummary,
  clock: SeasonalClock,
  cohorts: Map<number, number>,
  first: number,
  end: number,
  warmStart: MinimizeResult | undefined,
): { expected: ByMonthAndYear; optimizer: MinimizeResult } | null {
  const warped = warpSummary(summary, clock);
  const pick: number[] = [];
  for (let c = 0; c < summary.customerCount; c++) if (summary.purchaseDays[c]! > 0) pick.push(c);
  // Picked by a loop: Float64Array.from(pick, mapFn) calls a function per customer.
  const picked = (values: ArrayLike<number>) => {
    const out = new Float64Array(pick.length);
    for (let i = 0; i < pick.length; i++) out[i] = values[pick[i]!]!;
    return out;
  };
  const fit = fitBgNbd(
    { frequency: picked(warped.frequency), recency: picked(warped.recency), T: picked(warped.T) },
    { covariance: false, warmStart },
  );
  if (!fit.ok) return null;
  const perUnit = daysPerUnit(summary.unit);
  const boundaries: number[] = [first];
  for (let d = nextMonthStart(first); d <= end; d = nextMonthStart(d)) boundaries.push(d);
  boundaries.push(end + 1);
  const out = byMonthAndYear();
  for (const [f, n] of cohorts) {
    const origin = clock.at(f);
    let previous = 0;
    for (let i = 1; i < boundaries.length; i++) {
      const b = boundaries[i]!;
      if (b <= f) continue;
      const cumulative = bgNbd.expectedPurchases(fit.params, (clock.at(b) - origin) / perUnit);
      add(out, boundaries[i - 1]!, n * (cumulative - previous));
      previous = cumulative;
    }
  }
  return { expected: out, optimizer: fit.optimizer };
}

/**
 * Log factors shrunk towards 0 by their noise (`variances`), with the spread of the true factors
 * estimated from the months themselves; then a mean of 1 over the days of a year.
 */
function shrinkAndNormalise(raw: number[], variances: number[]): number[] {
  const weights = Array.from({ length: 12 }, (_, m) => daysInMonth(m));
  const total = weights.reduce((s, w) => s + w, 0);
  const center = (logs: number[]) => {
    const mean = Math.log(logs.reduce((s, l, m) => s + Math.exp(l) * weights[m]!, 0) / total);
    return logs.map((l) => l - mean);
  };
  const logs = center(raw.map((r) => Math.log(r)));
  const seen = variances.filter(Number.isFinite);
  const spread = Math.max(
    0,
    logs.reduce((s, l) => s + l * l, 0) / 12 - seen.reduce((s, v) => s + v, 0) / seen.length,
  );
  const shrunk = logs.map((l, m) => (spread === 0 ? 0 : (l * spread) / (spread + variances[m]!)));
  return center(shrunk).map(Math.exp);
}
