import { describe, expect, it } from 'vitest';
import {
  buildActivity,
  buildCercleLadder,
  buildLadder,
  PARIS,
  parisNoon,
} from '../../test/tier-factories.ts';
import type { TierActivity } from './tier-activity.ts';
import { tierCard, tierStanding } from './tier-card.ts';

const ladder = buildLadder();

function standingOn(date: string, activity: TierActivity, onLadder = ladder) {
  return tierStanding({ ladder: onLadder, activity, now: parisNoon(date), timeZone: PARIS });
}

describe('tierStanding — Bronze → Argent → Or on spend', () => {
  const activity = buildActivity('2026-01-10', [
    ['p1', '2026-02-01', 200],
    ['p2', '2026-03-15', 150],
    ['p3', '2026-05-02', 500],
  ]);

  it('starts every member at the lowest level, with what Argent takes', () => {
    const { card } = standingOn('2026-01-20', buildActivity('2026-01-10', []));
    expect(card).toEqual({
      name: 'Bronze',
      since: '2026-01-10',
      until: null,
      keep: null,
      next: { name: 'Argent', spendLeftCents: 30_000, visitsLeft: 10, eligibleOn: null },
    });
  });

  it('reaches Argent the day 350 € are spent, and says Or is 450 € away', () => {
    const { card, level } = standingOn('2026-04-01', activity);
    expect(level.id).toBe('argent');
    // Held through 2026's review (350 € ≥ 300 €); 2027 must earn it again, grace to March 2028.
    expect(card).toEqual({
      name: 'Argent',
      since: '2026-03-15',
      until: '2028-03-31',
      keep: { spendLeftCents: 30_000, visitsLeft: 10 },
      next: { name: 'Or', spendLeftCents: 45_000, visitsLeft: null, eligibleOn: null },
    });
  });

  it('reaches Or at 850 €, and records both changes', () => {
    const { card, changes } = standingOn('2026-06-01', activity);
    expect(card).toMatchObject({ name: 'Or', since: '2026-05-02', next: null });
    expect(changes).toEqual([
      { type: 'reached', on: '2026-03-15', levelId: 'argent', fromLevelId: 'bronze' },
      { type: 'reached', on: '2026-05-02', levelId: 'or', fromLevelId: 'argent' },
    ]);
  });

  it('lets ten visits in Argent whatever they cost', () => {
    const visits = Array.from({ length: 10 }, (_, i) => {
      const day = String(i + 1).padStart(2, '0');
      return [`v${i}`, `2026-03-${day}`, 5] as const;
    });
    const { card } = standingOn('2026-03-20', buildActivity('2026-01-10', visits));
    expect(card).toMatchObject({ name: 'Argent', since: '2026-03-10' });
  });
});

describe('tierStanding — the cercle rapproché (seniority)', () => {
  const cercle = buildCercleLadder();

  it('tells a new customer the date they will join, whatever they spend', () => {
    const activity = buildActivity('2025-03-01', [['p1', '2025-03-01', 20]]);
    expect(standingOn('2026-02-15', activity, cercle).card).toEqual({
      name: 'Client',
      since: '2025-03-01',
      until: null,
      keep: null,
      next: {
        name: 'Cercle rapproché',
        spendLeftCents: 98_000,
        visitsLeft: null,
        eligibleOn: '2026-03-01',
      },
    });
  });

  it('lets them in a year after, for good, without a purchase since', () => {
    const activity = buildActivity('2025-03-01', [['p1', '2025-03-01', 20]]);
    const { card, changes } = standingOn('2026-03-01', activity, cercle);
    expect(card).toEqual({
      name: 'Cercle rapproché',
      since: '2026-03-01',
      until: null,
      keep: null,
      next: null,
    });
    expect(changes).toEqual([
      { type: 'reached', on: '2026-03-01', levelId: 'cercle', fromLevelId: 'client' },
    ]);
  });

  it('counts seniority from the first purchase when it came before sign-up', () => {
    const activity = buildActivity('2025-03-01', [['imported', '2024-12-20', 15]]);
    expect(standingOn('2025-06-01', activity, cercle).card.next?.eligibleOn).toBe('2025-12-20');
  });
});

describe('tierStanding — refunds take back tier spend', () => {
  it('takes back a level reached this year when the refund undoes it', () => {
    const activity = buildActivity(
      '2026-01-10',
      [
        ['p1', '2026-02-01', 200],
        ['p2', '2026-03-15', 150],
      ],
      [['p2', '2026-04-10', 100]],
    );
    const { card, changes } = standingOn('2026-04-20', activity);
    expect(card).toEqual({
      name: 'Bronze',
      since: '2026-04-10',
      until: null,
      keep: null,
      next: { name: 'Argent', spendLeftCents: 5_000, visitsLeft: 8, eligibleOn: null },
    });
    expect(changes.at(-1)).toEqual({
      type: 'lowered',
      on: '2026-04-10',
      levelId: 'bronze',
      fromLevelId: 'argent',
    });
  });

  it('leaves a level held since last year to the review, with the refund in what it takes', () => {
    // On 10 March 2026 the window still holds June 2025's 350 €; the 2026 review will not.
    const activity = buildActivity(
      '2025-05-01',
      [
        ['p1', '2025-06-01', 350],
        ['p2', '2026-02-01', 100],
      ],
      [['p2', '2026-03-01', 100]],
    );
    expect(standingOn('2026-03-10', activity).card).toEqual({
      name: 'Argent',
      since: '2025-06-01',
      until: '2027-03-31',
      keep: { spendLeftCents: 30_000, visitsLeft: 10 },
      next: { name: 'Or', spendLeftCents: 45_000, visitsLeft: null, eligibleOn: null },
    });
  });
});

describe('tierStanding — downgrade at the review, after the grace', () => {
  // Or since May 2025; 2026 brings only 250 €.
  const history: Array<readonly [string, string, number]> = [
    ['p1', '2025-05-02', 850],
    ['p2', '2026-06-10', 250],
  ];

  it('says until when Or holds and what keeping it takes, before the review', () => {
    expect(standingOn('2026-11-01', buildActivity('2025-05-01', history)).card).toMatchObject({
      name: 'Or',
      since: '2025-05-02',
      until: '2027-03-31',
      keep: { spendLeftCents: 55_000, visitsLeft: null },
    });
  });

  it('keeps Or through the grace, counting what it takes on today’s window', () => {
    const { card, changes } = standingOn('2027-01-15', buildActivity('2025-05-01', history));
    expect(card).toMatchObject({
      name: 'Or',
      until: '2027-03-31',
      keep: { spendLeftCents: 55_000, visitsLeft: null },
    });
    expect(changes.map((change) => change.type)).toEqual(['reached']);
  });

  it('lowers it the day after the grace, to what the customer qualifies for', () => {
    const { card, changes } = standingOn('2027-04-02', buildActivity('2025-05-01', history));
    expect(card).toMatchObject({ name: 'Bronze', since: '2027-04-01' });
    expect(changes.at(-1)).toEqual({
      type: 'lowered',
      on: '2027-04-01',
      levelId: 'bronze',
      fromLevelId: 'or',
    });
  });

  it('lowers it to Argent when the grace brought 300 € but not 800 €', () => {
    const activity = buildActivity('2025-05-01', [...history, ['p3', '2027-02-01', 100]]);
    const { card } = standingOn('2027-04-02', activity);
    expect(card).toMatchObject({ name: 'Argent', since: '2027-04-01' });
  });

  it('lowers it no further than the level qualified for at the review', () => {
    // 2026's review sees 310 € (Argent); by the end of the grace February 2026 has left the
    // window, yet the customer who qualified for Argent at the review is not dropped to Bronze.
    const activity = buildActivity('2025-05-01', [
      ['p1', '2025-05-02', 850],
      ['p2', '2026-02-15', 310],
    ]);
    const { card, changes } = standingOn('2027-04-02', activity);
    expect(card).toMatchObject({ name: 'Argent', since: '2027-04-01' });
    expect(changes.at(-1)).toEqual({
      type: 'lowered',
      on: '2027-04-01',
      levelId: 'argent',
      fromLevelId: 'or',
    });
  });

  it('keeps Or for another year when the customer qualifies again during the grace', () => {
    const activity = buildActivity('2025-05-01', [...history, ['p3', '2027-02-10', 600]]);
    const { card, changes } = standingOn('2027-02-11', activity);
    expect(changes.at(-1)).toEqual({ type: 'kept', on: '2027-02-10', levelId: 'or' });
    expect(card).toMatchObject({
      name: 'Or',
      since: '2025-05-02',
      until: '2028-03-31',
      keep: { spendLeftCents: 20_000, visitsLeft: null },
    });
  });

  it('marks a level held from an earlier year as kept at the review', () => {
    const activity = buildActivity('2025-05-01', [
      ['p1', '2025-05-02', 850],
      ['p2', '2026-09-01', 900],
    ]);
    const { changes } = standingOn('2027-01-05', activity);
    expect(changes).toContainEqual({ type: 'kept', on: '2026-12-31', levelId: 'or' });
  });

  it('lowers at once after the review when there is no grace', () => {
    const noGrace = buildLadder({ review: { periodMonths: 12, graceMonths: 0 } });
    const { card } = standingOn('2027-01-02', buildActivity('2025-05-01', history), noGrace);
    expect(card).toMatchObject({ name: 'Bronze', since: '2027-01-01' });
  });
});

describe('tierStanding — dates in Europe/Paris', () => {
  const orSince2025: Array<readonly [string, string, number]> = [
    ['p1', '2025-05-02', 850],
    ['p2', '2026-06-10', 700],
  ];

  function withLastPurchaseAt(at: string): TierActivity {
    const activity = buildActivity('2025-05-01', orSince2025);
    const last = { id: 'late', at: new Date(at), amountCents: 10_000 };
    return { ...activity, purchases: [...activity.purchases, last] };
  }

  it('counts a purchase at 23:30 on 31 December in that year’s review', () => {
    // 22:30 UTC is 23:30 in Paris: 2026 reaches 800 € and Or is kept.
    const { changes } = standingOn('2027-01-05', withLastPurchaseAt('2026-12-31T22:30:00Z'));
    expect(changes).toContainEqual({ type: 'kept', on: '2026-12-31', levelId: 'or' });
  });

  it('counts a purchase at 00:30 on 1 January in the next year', () => {
    // 23:30 UTC on 31 December is already 1 January in Paris: the 2026 review sees 700 € and
    // opens the grace; the purchase then requalifies Or on 1 January, within the grace.
    const { changes } = standingOn('2027-01-05', withLastPurchaseAt('2026-12-31T23:30:00Z'));
    expect(changes.slice(1)).toEqual([{ type: 'kept', on: '2027-01-01', levelId: 'or' }]);
  });

  it('drops a purchase from the window on its local date, across the end of summer time', () => {
    // 26 October 2025, 23:30 UTC is 27 October, 00:30 in Paris (winter time since the 26th).
    const activity: TierActivity = {
      memberSince: new Date('2025-10-01T10:00:00Z'),
      purchases: [{ id: 'p1', at: new Date('2025-10-26T23:30:00Z'), amountCents: 10_000 }],
      refunds: [],
    };
    const on = (date: string) =>
      tierStanding({ ladder, activity, now: parisNoon(date), timeZone: PARIS }).card.next;
    expect(on('2026-10-26')?.spendLeftCents).toBe(20_000);
    expect(on('2026-10-27')?.spendLeftCents).toBe(30_000);
  });

  it('dates seniority on the local day of a sign-up on the night summer time starts', () => {
    // 29 March 2026, 00:30 UTC is 01:30 in Paris, just before the clocks go forward.
    const activity: TierActivity = {
      memberSince: new Date('2026-03-29T00:30:00Z'),
      purchases: [],
      refunds: [],
    };
    const card = tierCard({
      ladder: buildCercleLadder(),
      activity,
      now: parisNoon('2026-04-01'),
      timeZone: PARIS,
    });
    expect(card?.since).toBe('2026-03-29');
    expect(card?.next?.eligibleOn).toBe('2027-03-29');
  });
});

describe('tierCard', () => {
  const activity = buildActivity('2026-01-10', []);

  it('is null when the shop has no ladder', () => {
    expect(
      tierCard({ ladder: null, activity, now: parisNoon('2026-02-01'), timeZone: PARIS }),
    ).toBe(null);
  });

  it('is null when the customer is not a member', () => {
    expect(
      tierCard({ ladder, activity: null, now: parisNoon('2026-02-01'), timeZone: PARIS }),
    ).toBe(null);
  });
});
