import { describe, expect, it } from 'vitest';
import { MAX_DELIVERY_ATTEMPTS, nextAttemptAt } from './retry-schedule.ts';

describe('nextAttemptAt', () => {
  const first = new Date('2026-12-06T10:00:00Z');

  it('backs off from seconds to hours', () => {
    expect(nextAttemptAt(first, 1)).toEqual(new Date('2026-12-06T10:00:05Z'));
    expect(nextAttemptAt(first, 2)).toEqual(new Date('2026-12-06T10:05:00Z'));
    expect(nextAttemptAt(first, 4)).toEqual(new Date('2026-12-06T12:00:00Z'));
  });

  it('tries a last time 24 hours after the first, then gives up', () => {
    expect(nextAttemptAt(first, MAX_DELIVERY_ATTEMPTS - 1)).toEqual(
      new Date('2026-12-07T10:00:00Z'),
    );
    expect(nextAttemptAt(first, MAX_DELIVERY_ATTEMPTS)).toBeNull();
  });
});
