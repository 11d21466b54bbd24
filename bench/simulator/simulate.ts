/**
 * Benchmark of the program simulator (`POST /api/v1/programs/simulate`) at a shop's realistic
 * size: a year of 50 000 purchases by 2 000 customers (25 each on average, a few regulars with
 * several hundred), a points program and a three-level ladder on spend, visits and seniority.
 * Run: npx tsx bench/simulator/simulate.ts [purchases] [customers]
 * Prints the median of several in-process runs after a warm-up: the whole simulation without a
 * ladder and with it, and the tier part alone, as the simulator computes it now (a running tier
 * per customer) and as it did before (every earlier purchase replayed before each purchase).
 */
import { loadavg } from 'node:os';
import {
  type PastPurchase,
  type Program,
  type Reward,
  simulateProgram,
  type TierLadder,
  tierStanding,
} from '../../packages/loyalty/src/index.ts';
import { runningTier } from '../../packages/loyalty/src/simulate/running-tier.ts';

const PURCHASES = Number(process.argv[2] ?? 50_000);
const CUSTOMERS = Number(process.argv[3] ?? 2_000);
const TIME_ZONE = 'Europe/Paris';
const START = Date.parse('2025-12-01T08:00:00Z');

/** A small seeded generator (mulberry32), so every run replays the same shop. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shopYear(): PastPurchase[] {
  const next = random(42);
  const purchases: PastPurchase[] = [];
  for (let i = 0; i < PURCHASES; i++) {
    // Skewed towards regulars: the square of a uniform draw picks low ids more often.
    const customer = Math.floor(next() ** 2 * CUSTOMERS);
    const minute = Math.floor(next() * 365 * 24 * 60);
    purchases.push({
      id: `p${i}`,
      customerId: `c${customer}`,
      at: new Date(START + minute * 60_000),
      amountCents: 500 + Math.floor(next() * 6_000),
    });
  }
  return purchases;
}

const program: Program = {
  id: 'points',
  version: 1,
  name: { fr: 'Points', en: 'Points' },
  kind: 'points',
  pointsPerEuro: 1,
  rounding: 'floor',
};
const rewards: Reward[] = [
  {
    id: 'coffee',
    programId: 'points',
    name: { fr: 'Café', en: 'Coffee' },
    cost: 150,
    costPriceCents: 120,
    retailValueCents: 300,
  },
];
const benefits = (i: number) => ({
  pointsMultiplierPercent: 100 + 25 * i,
  discountPercent: 2 * i,
  perks: [],
});
const ladder: TierLadder = {
  windowMonths: 12,
  review: { periodMonths: 3, graceMonths: 1 },
  levels: [
    { id: 'b', name: 'Bronze', colour: '#aa7744', criteria: {}, benefits: benefits(0) },
    {
      id: 'a',
      name: 'Argent',
      colour: '#a0a0a0',
      criteria: { spendCents: 30_000, visits: 12 },
      benefits: benefits(1),
    },
    {
      id: 'o',
      name: 'Or',
      colour: '#c9a227',
      criteria: { spendCents: 100_000, seniorityMonths: 10 },
      benefits: benefits(2),
    },
  ],
};

function medianMs(run: () => unknown, runs: number): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((p, q) => p - q);
  return times[Math.floor(runs / 2)]!;
}

function byCustomer(purchases: readonly PastPurchase[]) {
  const groups = new Map<string, PastPurchase[]>();
  for (const p of [...purchases].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const list = groups.get(p.customerId) ?? [];
    list.push(p);
    groups.set(p.customerId, list);
  }
  return [...groups.values()];
}

/** The tier levels before each purchase, kept as purchases come (what the simulator does). */
function runningLevels(groups: PastPurchase[][]) {
  let sum = 0;
  for (const purchases of groups) {
    const tier = runningTier(ladder, TIME_ZONE);
    for (const p of purchases) {
      sum += tier.benefitsBefore(p.at).discountPercent;
      tier.add(p);
    }
  }
  return sum;
}

/** The same from a full replay of the earlier purchases before each one (the former way). */
function replayedLevels(groups: PastPurchase[][]) {
  let sum = 0;
  for (const purchases of groups) {
    purchases.forEach((p, i) => {
      const before = purchases.slice(0, i);
      sum += tierStanding({
        ladder,
        activity: { memberSince: before[0]?.at ?? p.at, purchases: before, refunds: [] },
        now: p.at,
        timeZone: TIME_ZONE,
      }).level.benefits.discountPercent;
    });
  }
  return sum;
}

const purchases = shopYear();
const groups = byCustomer(purchases);
const end = new Date(START + 365 * 86_400_000);
const input = { program, rewards, purchases, end, grossMarginPercent: 60 };
const most = Math.max(...groups.map((g) => g.length));
console.log(
  `${PURCHASES} purchases, ${groups.length} customers (the most regular: ${most} purchases); load ${loadavg()[0]!.toFixed(1)}`,
);
if (runningLevels(groups) !== replayedLevels(groups)) throw new Error('the two ways disagree');
const row = (label: string, ms: number) => console.log(`${label.padEnd(44)} ${ms.toFixed(0)} ms`);
row(
  'simulation without a ladder',
  medianMs(() => simulateProgram(input), 5),
);
row(
  'simulation with a three-level ladder',
  medianMs(() => simulateProgram({ ...input, tiers: { ladder, timeZone: TIME_ZONE } }), 5),
);
row(
  'tier levels, running (now)',
  medianMs(() => runningLevels(groups), 5),
);
row(
  'tier levels, replayed before each purchase',
  medianMs(() => replayedLevels(groups), 1),
);
