import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from './calendar.ts';

describe('calendar', () => {
  it('adds months, clamping to the last day of shorter months', () => {
    expect(addMonths(new Date('2026-01-31T10:00:00Z'), 1)).toEqual(
      new Date('2026-02-28T10:00:00Z'),
    );
    expect(addMonths(new Date('2027-01-31T10:00:00Z'), 13)).toEqual(
      new Date('2028-02-29T10:00:00Z'),
    );
    expect(addMonths(new Date('2026-11-22T10:00:00Z'), 12)).toEqual(
      new Date('2027-11-22T10:00:00Z'),
    );
    expect(addMonths(new Date('2026-03-31T10:00:00Z'), -1)).toEqual(
      new Date('2026-02-28T10:00:00Z'),
    );
  });

  it('adds days as 24-hour steps', () => {
    expect(addDays(new Date('2026-03-01T00:00:00Z'), -1)).toEqual(new Date('2026-02-28T00:00:00Z'));
  });
});
