import { describe, expect, it } from 'vitest';
import { buildEntry, buildPointsProgram } from '../../test/factories.ts';
import { expireDue } from './expire-due.ts';

const program = buildPointsProgram({ expiry: { monthsWithoutActivity: 6, noticeDays: 15 } });
const earned = buildEntry({
  programId: 'points',
  unit: 'points',
  kind: 'earn',
  delta: 120,
  at: new Date('2026-05-10T08:00:00Z'),
});

describe('expireDue', () => {
  it('is nothing before the deadline, the whole balance at it', () => {
    expect(expireDue(program, [earned], new Date('2026-11-10T07:59:59Z'))).toEqual([]);
    expect(expireDue(program, [earned], new Date('2026-11-10T08:00:00Z'))).toEqual([
      {
        programId: 'points',
        programVersion: 1,
        kind: 'expire',
        unit: 'points',
        delta: -120,
        at: new Date('2026-11-10T08:00:00Z'),
        cause: { type: 'inactivity', lastActivityAt: new Date('2026-05-10T08:00:00Z') },
      },
    ]);
  });

  it('dates the entry at the deadline even when run late, and is idempotent', () => {
    const late = new Date('2027-02-01T00:00:00Z');
    const [expired] = expireDue(program, [earned], late);
    expect(expired?.at).toEqual(new Date('2026-11-10T08:00:00Z'));
    expect(expireDue(program, [earned, expired!], late)).toEqual([]);
  });
});
