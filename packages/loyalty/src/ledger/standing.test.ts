import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEntry, buildPurchase, buildStampCard, NOW } from '../../test/factories.ts';
import { earnOnStanding, recordPurchase } from '../earn/record-purchase.ts';
import type { EntryKind, LedgerEntry } from '../model/ledger-entry.ts';
import { activityAt, EMPTY_STANDING, standingAfter, standingOf } from './standing.ts';

const DAY = 86_400_000;

/** Any ledger of the card program: earns, redeems, adjusts, expiries and refunds with shortfalls. */
const ledgers = fc.array(
  fc.record({
    kind: fc.constantFrom<EntryKind>('earn', 'redeem', 'adjust', 'expire', 'reverse'),
    delta: fc.integer({ min: -30, max: 30 }),
    daysAgo: fc.integer({ min: 0, max: 900 }),
    shortfall: fc.integer({ min: 0, max: 5 }),
  }),
  { maxLength: 40 },
);

function entriesOf(rows: typeof ledgers extends fc.Arbitrary<infer R> ? R : never): LedgerEntry[] {
  return rows.map((row, i) =>
    buildEntry({
      kind: row.kind,
      delta: row.delta,
      at: new Date(NOW.getTime() - row.daysAgo * DAY),
      ...(row.kind === 'reverse'
        ? {
            cause: {
              type: 'refund',
              purchaseId: `p${i}`,
              refundId: `r${i}`,
              refundedCents: 100,
              shortfall: row.shortfall,
            },
          }
        : {}),
    }),
  );
}

describe('standing', () => {
  it('kept entry by entry equals the standing summed from the whole ledger', () => {
    fc.assert(
      fc.property(ledgers, (rows) => {
        const entries = entriesOf(rows);
        const incremental = entries.reduce((s, e) => standingAfter(s, [e]), EMPTY_STANDING);
        expect(incremental).toEqual(standingOf(entries, 'card'));
      }),
    );
  });

  it('ignores other programs', () => {
    const entries = [buildEntry({ delta: 4 }), buildEntry({ programId: 'points', delta: 50 })];
    expect(standingOf(entries, 'card').balance).toBe(4);
  });

  it('a purchase earns the same from the standing as from the whole ledger', () => {
    const card = buildStampCard({ expiry: { monthsWithoutActivity: 12, noticeDays: 30 } });
    fc.assert(
      fc.property(ledgers, fc.integer({ min: 100, max: 5000 }), (rows, amountCents) => {
        const entries = entriesOf(rows);
        const purchase = buildPurchase({ id: 'new', amountCents });
        const fromLedger = recordPurchase({ program: card, purchase, entries, now: NOW });
        const fromStanding = earnOnStanding({
          program: card,
          purchase,
          standing: standingOf(entries, card.id),
          now: NOW,
        });
        expect(fromStanding).toEqual(fromLedger);
      }),
    );
  });

  it('counts a merge as the duplicate’s last activity, never as the day of the merge', () => {
    const mergedOn = new Date('2026-06-01T09:00:00Z');
    const duplicateActive = new Date('2026-01-15T09:00:00Z');
    const merge = (direction: 'in' | 'out', lastActivityAt?: Date | null) =>
      buildEntry({
        kind: 'adjust',
        delta: direction === 'in' ? 40 : -40,
        at: mergedOn,
        cause: {
          type: 'merge',
          mergeId: 'm',
          direction,
          duplicateId: 'd',
          survivorId: 's',
          ...(lastActivityAt === undefined ? {} : { lastActivityAt }),
        },
      });
    expect(activityAt(merge('in', duplicateActive))).toEqual(duplicateActive);
    expect(activityAt(merge('in', null))).toBeNull();
    expect(activityAt(merge('out'))).toBeNull();
    const ownVisit = buildEntry({ delta: 3, at: new Date('2025-11-02T10:00:00Z') });
    expect(standingOf([ownVisit, merge('in', duplicateActive)], 'card')).toEqual({
      balance: 43,
      lastActivityAt: duplicateActive,
      clawbackOwed: 0,
    });
    expect(standingOf([merge('in', null)], 'card').lastActivityAt).toBeNull();
  });
});
