import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, type Purchase } from '../clv/purchase.ts';
import { type GoalHistory, measureGoalMetric, segmentMembership } from './goal-metric.ts';

const T0 = Date.UTC(2026, 0, 1);
const day = (d: number) => T0 + d * DAY_MS;

const purchasesArb = fc.array(
  fc.record({
    customerId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    at: fc.integer({ min: 0, max: 300 }).map(day),
    amountCents: fc.integer({ min: 1, max: 50_000 }),
  }),
  { maxLength: 60 },
);
const membersArb = fc.record({
  a: fc.option(fc.integer({ min: 0, max: 300 }).map(day)),
  b: fc.option(fc.integer({ min: 0, max: 300 }).map(day)),
  c: fc.option(fc.integer({ min: 0, max: 300 }).map(day)),
  d: fc.constant(null),
  e: fc.option(fc.integer({ min: 0, max: 300 }).map(day)),
});
const consentsArb = fc.array(
  fc.record({
    customerId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    at: fc.integer({ min: 0, max: 300 }).map(day),
    granted: fc.boolean(),
  }),
  { maxLength: 30 },
);
const historyArb = fc.tuple(purchasesArb, membersArb, consentsArb).map(
  ([purchases, members, emailConsents]): GoalHistory => ({
    purchases,
    memberSince: new Map(Object.entries(members)),
    emailConsents,
  }),
);

describe('goal metrics', () => {
  it('measures the seed example: 6 purchases by 2 customers over a quarter', () => {
    const purchases: Purchase[] = [1, 10, 20, 40, 60, 80].map((d, i) => ({
      customerId: i % 2 === 0 ? 'a' : 'b',
      at: day(d),
      amountCents: 1_000 * (i + 1),
    }));
    const history = {
      purchases,
      memberSince: new Map([
        ['a', day(0)],
        ['b', null],
      ]),
      emailConsents: [],
    };
    // 6 purchases / 2 customers / (90 / 30.436875) months
    expect(measureGoalMetric('purchase_frequency', history, day(90))).toBeCloseTo(
      3 / (90 / 30.436875),
      10,
    );
    // a is the member: purchases 1, 3, 5 → 1 000, 3 000, 5 000 → 3 000 on average
    expect(measureGoalMetric('member_average_basket', history, day(90))).toBe(3_000);
    expect(measureGoalMetric('members', history, day(90))).toBe(1);
    const all = segmentMembership({ kind: 'members' }, history, new Set());
    // a's purchases in the 30 days before day 90: day 60 (5 000)
    expect(measureGoalMetric('segment_revenue', history, day(90), { inSegment: all })).toBe(5_000);
  });

  it('counts members only ever upwards as time goes on', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 0, max: 300 }), (history, d) => {
        const before = measureGoalMetric('members', history, day(d))!;
        const after = measureGoalMetric('members', history, day(d + 1))!;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('does not depend on when the history happened, only on its shape', () => {
    fc.assert(
      fc.property(
        historyArb,
        fc.integer({ min: 0, max: 320 }),
        fc.integer({ min: 1, max: 900 }),
        (history, d, shift) => {
          const moved: GoalHistory = {
            purchases: history.purchases.map((p) => ({ ...p, at: p.at + shift * DAY_MS })),
            memberSince: new Map(
              [...history.memberSince].map(([k, v]) => [k, v === null ? null : v + shift * DAY_MS]),
            ),
            emailConsents: history.emailConsents.map((c) => ({ ...c, at: c.at + shift * DAY_MS })),
          };
          for (const metric of [
            'purchase_frequency',
            'member_average_basket',
            'churn_rate',
            'retention_rate',
            'email_subscribers',
            'members',
          ] as const) {
            expect(measureGoalMetric(metric, moved, day(d + shift))).toEqual(
              measureGoalMetric(metric, history, day(d)),
            );
          }
        },
      ),
    );
  });

  it('keeps churn a share between 0 and 100 %', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 0, max: 320 }), (history, d) => {
        const churn = measureGoalMetric('churn_rate', history, day(d));
        if (churn !== null) {
          expect(churn).toBeGreaterThanOrEqual(0);
          expect(churn).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('counts subscribers from the latest change of each customer, whatever the order of the list', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 0, max: 320 }), (history, d) => {
        const reversed = { ...history, emailConsents: [...history.emailConsents].reverse() };
        const distinctTimes = new Set(history.emailConsents.map((c) => `${c.customerId}:${c.at}`));
        fc.pre(distinctTimes.size === history.emailConsents.length);
        expect(measureGoalMetric('email_subscribers', reversed, day(d))).toBe(
          measureGoalMetric('email_subscribers', history, day(d)),
        );
        const who = new Set(
          history.emailConsents.filter((c) => c.at < day(d)).map((c) => c.customerId),
        );
        expect(measureGoalMetric('email_subscribers', history, day(d))).toBeLessThanOrEqual(
          who.size,
        );
      }),
    );
  });

  it('adds up the whole window when the segment holds everybody', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 0, max: 320 }), (history, d) => {
        const total = history.purchases
          .filter((p) => p.at >= day(d - 30) && p.at < day(d))
          .reduce((s, p) => s + p.amountCents, 0);
        expect(
          measureGoalMetric('segment_revenue', history, day(d), { inSegment: () => true }),
        ).toBe(total);
      }),
    );
  });
});
