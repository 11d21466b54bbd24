import { describe, expect, it } from 'vitest';
import { anonymiseBefore, anonymisedOn, noticeBefore } from './retention-policy.ts';

describe('retention policy', () => {
  const now = new Date('2029-06-15T02:00:00Z');

  it('anonymises after 3 years without activity, with a month of notice', () => {
    expect(anonymiseBefore(now).toISOString()).toBe('2026-06-15T02:00:00.000Z');
    expect(noticeBefore(now).toISOString()).toBe('2026-07-15T02:00:00.000Z');
  });

  it('dates the anonymisation 3 years after the last activity', () => {
    const last = new Date('2026-07-01T10:00:00Z');
    expect(anonymisedOn(last).toISOString()).toBe('2029-07-01T10:00:00.000Z');
    // Due within the notice month, not yet anonymised.
    expect(last < noticeBefore(now) && last >= anonymiseBefore(now)).toBe(true);
  });
});
