import { describe, expect, it } from 'vitest';
import { clubMonths } from './club-months.ts';
import { type ClubEvent, membership, renewalReminderDue } from './membership.ts';

const pay = (iso: string, period: 'monthly' | 'yearly' = 'monthly'): ClubEvent => ({
  kind: 'payment',
  at: new Date(iso),
  period,
});
const cancel = (iso: string): ClubEvent => ({ kind: 'cancellation', at: new Date(iso) });
const at = (iso: string) => new Date(iso);

describe('club membership', () => {
  it('is active for the period paid, then in grace, then lapsed', () => {
    const events = [pay('2026-01-10T10:00:00Z')];
    expect(membership(events, 7, at('2026-02-09T10:00:00Z')).state).toBe('active');
    const grace = membership(events, 7, at('2026-02-12T10:00:00Z'));
    expect(grace).toMatchObject({ state: 'grace', isMember: true });
    expect(grace.current?.paidUntil.toISOString()).toBe('2026-02-10T10:00:00.000Z');
    expect(membership(events, 7, at('2026-02-17T10:00:00Z'))).toMatchObject({
      state: 'lapsed',
      isMember: false,
    });
  });

  it('renews from the renewal date, counted from the start so the 31st never drifts', () => {
    const events = [
      pay('2026-01-31T09:00:00Z'),
      pay('2026-02-27T09:00:00Z'),
      pay('2026-04-02T09:00:00Z'),
    ];
    const m = membership(events, 10, at('2026-04-02T10:00:00Z'));
    // Paid 31 Jan → 28 Feb → 31 Mar; the third payment, within grace, runs to 30 April.
    expect(m.current?.paidUntil.toISOString()).toBe('2026-04-30T09:00:00.000Z');
    expect(m.runs).toHaveLength(1);
    expect(m.current?.paidAt).toHaveLength(3);
  });

  it('starts a new membership when the fee comes after the grace days', () => {
    const m = membership(
      [pay('2026-01-10T10:00:00Z'), pay('2026-03-01T10:00:00Z')],
      7,
      at('2026-03-02T00:00:00Z'),
    );
    expect(m.runs).toHaveLength(2);
    expect(m.current?.start.toISOString()).toBe('2026-03-01T10:00:00.000Z');
  });

  it('keeps the paid time after a cancellation, with no grace, and a payment undoes it', () => {
    const events = [pay('2026-01-10T10:00:00Z', 'yearly'), cancel('2026-03-01T10:00:00Z')];
    expect(membership(events, 30, at('2026-12-01T00:00:00Z')).state).toBe('ending');
    expect(membership(events, 30, at('2027-01-10T10:00:00Z')).state).toBe('lapsed');
    const resumed = membership(
      [...events, pay('2026-12-20T10:00:00Z', 'yearly')],
      30,
      at('2027-02-01T00:00:00Z'),
    );
    expect(resumed).toMatchObject({ state: 'active', isMember: true });
    expect(resumed.current?.paidUntil.toISOString()).toBe('2028-01-10T10:00:00.000Z');
  });

  it('reminds an uncancelled member within the reminder days of the renewal date only', () => {
    const events = [pay('2026-01-10T10:00:00Z')];
    const early = membership(events, 7, at('2026-01-30T10:00:00Z'));
    expect(renewalReminderDue(early, 7, at('2026-01-30T10:00:00Z'))).toBe(false);
    const due = membership(events, 7, at('2026-02-04T10:00:00Z'));
    expect(renewalReminderDue(due, 7, at('2026-02-04T10:00:00Z'))).toBe(true);
    const cancelled = membership(
      [...events, cancel('2026-02-01T10:00:00Z')],
      7,
      at('2026-02-04T10:00:00Z'),
    );
    expect(renewalReminderDue(cancelled, 7, at('2026-02-04T10:00:00Z'))).toBe(false);
  });
});

describe('club months', () => {
  it('counts fee revenue, joins, renewals and lapses in the shop’s months', () => {
    const months = clubMonths(
      [
        {
          // Paid at 23:30 UTC on 31 January: 1 February in Paris.
          events: [pay('2026-01-31T23:30:00Z'), pay('2026-02-28T12:00:00Z')],
          payments: [
            { at: at('2026-01-31T23:30:00Z'), amountCents: 1500 },
            { at: at('2026-02-28T12:00:00Z'), amountCents: 1500 },
          ],
        },
        {
          events: [pay('2026-02-10T10:00:00Z')],
          payments: [{ at: at('2026-02-10T10:00:00Z'), amountCents: 1500 }],
        },
      ],
      { graceDays: 5, timeZone: 'Europe/Paris', now: at('2026-04-15T00:00:00Z') },
    );
    expect(months).toEqual([
      { month: '2026-02', revenueCents: 4500, joins: 2, renewals: 1, lapses: 0 },
      { month: '2026-03', revenueCents: 0, joins: 0, renewals: 0, lapses: 1 },
      { month: '2026-04', revenueCents: 0, joins: 0, renewals: 0, lapses: 1 },
    ]);
  });
});
