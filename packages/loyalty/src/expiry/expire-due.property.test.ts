import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEntry, buildPointsProgram } from '../../test/factories.ts';
import { standingOf } from '../ledger/standing.ts';
import type { EntryKind, LedgerEntry } from '../model/ledger-entry.ts';
import { expireDue } from './expire-due.ts';

const program = buildPointsProgram({ expiry: { monthsWithoutActivity: 6, noticeDays: 15 } });
const START = Date.parse('2025-01-01T00:00:00Z');
const DAY = 86_400_000;

const ledgers = fc.array(
  fc.record({
    kind: fc.constantFrom<EntryKind>('earn', 'redeem', 'adjust', 'reverse'),
    delta: fc.integer({ min: -50, max: 80 }),
    day: fc.integer({ min: 0, max: 700 }),
  }),
  { maxLength: 25 },
);

function entriesOf(rows: ReadonlyArray<{ kind: EntryKind; delta: number; day: number }>) {
  return [...rows]
    .sort((a, b) => a.day - b.day)
    .map(
      (r): LedgerEntry =>
        buildEntry({
          programId: 'points',
          unit: 'points',
          kind: r.kind,
          delta: r.delta,
          at: new Date(START + r.day * DAY),
        }),
    );
}

describe('expireDue (properties)', () => {
  it('never takes more than the balance, and a second run on the same day adds nothing', () => {
    fc.assert(
      fc.property(ledgers, fc.integer({ min: 0, max: 1000 }), (rows, nowDay) => {
        const entries = entriesOf(rows);
        const now = new Date(START + nowDay * DAY);
        const balance = standingOf(entries, 'points').balance;
        const due = expireDue(program, entries, now);
        const taken = due.reduce((sum, e) => sum - e.delta, 0);
        expect(taken).toBeGreaterThanOrEqual(0);
        expect(taken).toBeLessThanOrEqual(Math.max(0, balance));
        expect(expireDue(program, [...entries, ...due], now)).toEqual([]);
      }),
    );
  });
});
