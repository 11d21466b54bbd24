import type { Random } from '../random/prng.ts';
import { beta, exponential, gamma } from '../random/samplers.ts';
import type { ShopParameters } from './options.ts';

/** The true, normally unobservable, parameters of one simulated customer. */
export interface LatentCustomer {
  /** λ: purchases per day while alive (before any membership lift). */
  readonly purchaseRatePerDay: number;
  /** p: probability of leaving after each repeat purchase. */
  readonly dropoutProbability: number;
  /** ν: rate of this customer's basket Gamma(p, ν). */
  readonly spendRate: number;
  /** p / ν: this customer's expected basket, cents. */
  readonly meanSpendCents: number;
}

export interface CustomerTimeline {
  readonly latent: LatentCustomer;
  readonly memberSinceDay: number | null;
  /** Model day of the purchase after which the customer left; null if still alive at the end. */
  readonly dropoutDay: number | null;
  readonly purchases: readonly { readonly day: number; readonly amountCents: number }[];
}

/** P(member | λ): `share`, tilted towards frequent buyers when `selection` > 0. */
function membershipProbability(lambda: number, params: ShopParameters): number {
  const { share = 0, selection = 0 } = params.membership ?? {};
  if (selection === 0 || share <= 0 || share >= 1) return share;
  const meanLambda = params.purchaseRate.r / params.purchaseRate.alpha;
  const logit =
    Math.log(share / (1 - share)) + selection * Math.log(Math.max(lambda, 1e-12) / meanLambda);
  return 1 / (1 + Math.exp(-logit));
}

/**
 * One customer's life, on the customer's own random stream: draw λ, p, ν and membership, make the
 * first purchase at `joinDay`, then repeat purchases at exponential gaps; after each repeat
 * purchase the customer leaves with probability p (BG/NBD: no dropout right after the first).
 */
export function simulateCustomer(
  random: Random,
  params: ShopParameters,
  times: {
    readonly joinDay: number;
    readonly horizonDays: number;
    readonly launchDay: number | null;
    /** The seasonal factor of the purchase rate on model day t (≤ `peakSeason`); none: 1. */
    readonly season?: (t: number) => number;
    readonly peakSeason?: number;
  },
): CustomerTimeline {
  const lambda = gamma(random, params.purchaseRate.r, params.purchaseRate.alpha);
  const p = beta(random, params.dropout.a, params.dropout.b);
  const nu = gamma(random, params.spend.q, params.spend.gamma);
  // Always drawn, member or not, so the stream stays aligned whatever the membership options.
  const memberDraw = random.next();
  const membership = params.membership;
  const memberSinceDay =
    membership !== null && memberDraw < membershipProbability(lambda, params)
      ? Math.max(times.joinDay, times.launchDay ?? times.joinDay)
      : null;
  const lift = membership?.frequencyLift ?? 1;
  const basket = () => Math.max(1, Math.round(gamma(random, params.spend.p, nu)));

  // Seasons by thinning: candidate purchases at the peak rate, each kept with probability
  // season(t) / peak (a Poisson process of rate λ · season(t)). No season: no extra draw.
  const peak = times.season ? (times.peakSeason ?? 1) : 1;
  const purchases = [{ day: times.joinDay, amountCents: basket() }];
  let t = times.joinDay;
  let dropoutDay: number | null = null;
  for (;;) {
    const boosted = memberSinceDay !== null && t >= memberSinceDay;
    const wait = exponential(random, (boosted ? lambda * lift : lambda) * peak);
    if (memberSinceDay !== null && !boosted && t + wait > memberSinceDay) {
      t = memberSinceDay; // memoryless: restart the clock at enrolment with the lifted rate
      continue;
    }
    t += wait;
    if (t >= times.horizonDays) break;
    if (times.season && random.next() * peak > times.season(t)) continue;
    purchases.push({ day: t, amountCents: basket() });
    if (random.next() < p) {
      dropoutDay = t;
      break;
    }
  }
  return {
    latent: {
      purchaseRatePerDay: lambda,
      dropoutProbability: p,
      spendRate: nu,
      meanSpendCents: params.spend.p / nu,
    },
    memberSinceDay,
    dropoutDay,
    purchases,
  };
}
