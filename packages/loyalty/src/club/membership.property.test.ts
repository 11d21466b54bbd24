import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../time/calendar.ts';
import { type ClubEvent, membership } from './membership.ts';

const DAY_MS = 86_400_000;
const ORIGIN = Date.UTC(2025, 0, 1);
const instant = fc.integer({ min: 0, max: 900 * DAY_MS }).map((ms) => new Date(ORIGIN + ms));
const period = fc.constantFrom('monthly' as const, 'yearly' as const);
const events: fc.Arbitrary<ClubEvent[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('payment' as const), at: instant, period }),
    fc.record({ kind: fc.constant('cancellation' as const), at: instant }),
  ),
  { maxLength: 12 },
);

describe('club membership properties', () => {
  it('one payment: a member exactly from the payment to the renewal date + grace', () => {
    fc.assert(
      fc.property(instant, period, fc.nat({ max: 60 }), instant, (paid, p, grace, now) => {
        const m = membership([{ kind: 'payment', at: paid, period: p }], grace, now);
        const end = addDays(addMonths(paid, p === 'monthly' ? 1 : 12), grace);
        expect(m.isMember).toBe(now >= paid && now < end);
      }),
    );
  });

  it('one more payment never ends a membership that runs', () => {
    fc.assert(
      fc.property(
        events,
        instant,
        period,
        fc.nat({ max: 60 }),
        instant,
        (history, paid, p, grace, now) => {
          const before = membership(history, grace, now);
          const after = membership(
            [...history, { kind: 'payment', at: paid, period: p }],
            grace,
            now,
          );
          if (before.isMember && paid <= now) expect(after.isMember).toBe(true);
        },
      ),
    );
  });

  it('the order events are given in does not matter, and the future is ignored', () => {
    fc.assert(
      fc.property(events, fc.nat({ max: 60 }), instant, (history, grace, now) => {
        const forward = membership(history, grace, now);
        const backward = membership([...history].reverse(), grace, now);
        expect(backward.state).toBe(forward.state);
        expect(backward.runs.map((r) => r.endsAt.getTime())).toEqual(
          forward.runs.map((r) => r.endsAt.getTime()),
        );
        const past = history.filter((e) => e.at <= now);
        expect(membership(past, grace, now).runs).toEqual(forward.runs);
      }),
    );
  });

  it('a lapse happens only at the end of the paid time plus grace (or of the paid time once cancelled)', () => {
    fc.assert(
      fc.property(events, fc.nat({ max: 60 }), instant, (history, grace, now) => {
        const m = membership(history, grace, now);
        if (m.state !== 'lapsed' || !m.current) return;
        const { paidUntil, endsAt, cancelledAt } = m.current;
        expect(endsAt.getTime()).toBe(
          cancelledAt ? paidUntil.getTime() : addDays(paidUntil, grace).getTime(),
        );
        expect(now.getTime()).toBeGreaterThanOrEqual(endsAt.getTime());
      }),
    );
  });
});
