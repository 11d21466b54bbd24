import { describe, expect, it } from 'vitest';
import {
  daily,
  dueOccurrences,
  monthly,
  nextOccurrence,
  occasionOf,
  Schedule,
  weekly,
} from './schedule.ts';
import { instantOf } from './zoned-time.ts';

const paris = 'Europe/Paris';
const at = (iso: string) => new Date(iso);

describe('nextOccurrence', () => {
  it('is 06:00 Paris time: 05:00 UTC in winter, 04:00 UTC in summer', () => {
    expect(nextOccurrence(daily('06:00'), at('2026-01-10T12:00:00Z'), paris)).toEqual(
      at('2026-01-11T05:00:00Z'),
    );
    expect(nextOccurrence(daily('06:00'), at('2026-07-10T12:00:00Z'), paris)).toEqual(
      at('2026-07-11T04:00:00Z'),
    );
  });

  it('is later the same day when the time has not come yet, and strictly after `after`', () => {
    expect(nextOccurrence(daily('06:00'), at('2026-01-10T04:59:00Z'), paris)).toEqual(
      at('2026-01-10T05:00:00Z'),
    );
    expect(nextOccurrence(daily('06:00'), at('2026-01-10T05:00:00Z'), paris)).toEqual(
      at('2026-01-11T05:00:00Z'),
    );
  });

  it('runs once a day across the spring change (a 23-hour day)', () => {
    const saturday = at('2026-03-28T05:00:00Z'); // 06:00 CET
    const sunday = nextOccurrence(daily('06:00'), saturday, paris);
    expect(sunday).toEqual(at('2026-03-29T04:00:00Z')); // 06:00 CEST
    expect(sunday.getTime() - saturday.getTime()).toBe(23 * 3_600_000);
  });

  it('runs once a day across the autumn change (a 25-hour day)', () => {
    const saturday = at('2026-10-24T04:00:00Z'); // 06:00 CEST
    const sunday = nextOccurrence(daily('06:00'), saturday, paris);
    expect(sunday).toEqual(at('2026-10-25T05:00:00Z')); // 06:00 CET
    expect(sunday.getTime() - saturday.getTime()).toBe(25 * 3_600_000);
  });

  it('moves a time the spring change skips forward by the gap, and still runs that day', () => {
    // 02:30 does not exist in Paris on 2026-03-29: clocks jump from 02:00 to 03:00.
    const run = nextOccurrence(daily('02:30'), at('2026-03-28T12:00:00Z'), paris);
    expect(run).toEqual(at('2026-03-29T01:30:00Z')); // 03:30 CEST
    expect(nextOccurrence(daily('02:30'), run, paris)).toEqual(at('2026-03-30T00:30:00Z'));
  });

  it('runs a time the autumn change repeats once, at its first occurrence', () => {
    // 02:30 happens twice in Paris on 2026-10-25 (00:30Z in CEST, then 01:30Z in CET).
    const run = nextOccurrence(daily('02:30'), at('2026-10-24T12:00:00Z'), paris);
    expect(run).toEqual(at('2026-10-25T00:30:00Z'));
    expect(nextOccurrence(daily('02:30'), run, paris)).toEqual(at('2026-10-26T01:30:00Z'));
  });

  it("follows each shop's own zone", () => {
    const after = at('2026-01-10T12:00:00Z');
    expect(nextOccurrence(daily('06:00'), after, 'America/Martinique')).toEqual(
      at('2026-01-11T10:00:00Z'),
    );
    expect(nextOccurrence(daily('06:00'), after, 'Pacific/Noumea')).toEqual(
      at('2026-01-10T19:00:00Z'),
    );
  });

  it('finds the next given weekday, this week or the next', () => {
    // 2026-01-10 is a Saturday.
    expect(nextOccurrence(weekly(1, '07:30'), at('2026-01-10T12:00:00Z'), paris)).toEqual(
      at('2026-01-12T06:30:00Z'),
    );
    expect(nextOccurrence(weekly(6, '07:30'), at('2026-01-10T12:00:00Z'), paris)).toEqual(
      at('2026-01-17T06:30:00Z'),
    );
  });

  it('crosses the end of a month and of a year', () => {
    expect(nextOccurrence(daily('00:15'), at('2026-12-31T23:30:00Z'), paris)).toEqual(
      at('2027-01-01T23:15:00Z'),
    );
  });
});

describe('occasionOf', () => {
  it("names an occurrence by the shop's wall time", () => {
    expect(occasionOf(at('2026-03-29T04:00:00Z'), paris)).toBe('2026-03-29T06:00');
  });
});

describe('Schedule', () => {
  it('refuses times and weekdays that do not exist', () => {
    expect(Schedule.safeParse({ every: 'day', at: '24:00' }).success).toBe(false);
    expect(Schedule.safeParse({ every: 'day', at: '6:00' }).success).toBe(false);
    expect(Schedule.safeParse({ every: 'week', on: 0, at: '06:00' }).success).toBe(false);
  });
});

describe('instantOf', () => {
  it('reads a wall time in a zone back to the instant', () => {
    expect(instantOf({ year: 2026, month: 7, day: 1, hour: 6, minute: 0 }, paris)).toEqual(
      at('2026-07-01T04:00:00Z'),
    );
    expect(instantOf({ year: 2026, month: 1, day: 1, hour: 0, minute: 0 }, 'UTC')).toEqual(
      at('2026-01-01T00:00:00Z'),
    );
  });
});

describe('dueOccurrences', () => {
  const now = at('2026-12-04T18:00:00Z');

  it('owes nothing for a schedule never computed, and starts after now', () => {
    expect(dueOccurrences(daily('06:00'), null, now, paris, 31)).toEqual({
      missed: [],
      next: at('2026-12-05T05:00:00Z'),
    });
  });

  it('owes every occurrence since the last one due, then the next', () => {
    expect(dueOccurrences(daily('06:00'), at('2026-12-02T05:00:00Z'), now, paris, 31)).toEqual({
      missed: [at('2026-12-02T05:00:00Z'), at('2026-12-03T05:00:00Z'), at('2026-12-04T05:00:00Z')],
      next: at('2026-12-05T05:00:00Z'),
    });
  });

  it('keeps only the latest `limit` occurrences after a long stop', () => {
    const { missed } = dueOccurrences(daily('06:00'), at('2026-01-01T05:00:00Z'), now, paris, 2);
    expect(missed).toEqual([at('2026-12-03T05:00:00Z'), at('2026-12-04T05:00:00Z')]);
  });

  it("lands on the schedule's own times when the due time was pushed off them", () => {
    expect(dueOccurrences(daily('06:00'), at('2026-12-04T07:13:00Z'), now, paris, 31)).toEqual({
      missed: [],
      next: at('2026-12-05T05:00:00Z'),
    });
  });
});

describe('monthly schedules', () => {
  it('falls on the day of each month at the shop’s wall time, across a change of clocks', () => {
    const first = monthly(1, '07:00');
    // 1 March is in winter time (06:00 UTC), 1 April in summer time (05:00 UTC).
    expect(nextOccurrence(first, at('2026-02-10T12:00:00Z'), paris)).toEqual(
      at('2026-03-01T06:00:00Z'),
    );
    expect(nextOccurrence(first, at('2026-03-01T06:00:00Z'), paris)).toEqual(
      at('2026-04-01T05:00:00Z'),
    );
    // Across the year's end, and in another time zone.
    expect(nextOccurrence(first, at('2026-12-15T00:00:00Z'), 'America/Martinique')).toEqual(
      at('2027-01-01T11:00:00Z'),
    );
  });

  it('owes the months missed while no server ran, one occurrence each', () => {
    const { missed, next } = dueOccurrences(
      monthly(1, '07:00'),
      at('2026-10-01T05:00:00Z'),
      at('2026-12-20T00:00:00Z'),
      paris,
      31,
    );
    expect(missed.map((d) => occasionOf(d, paris))).toEqual([
      '2026-10-01T07:00',
      '2026-11-01T07:00',
      '2026-12-01T07:00',
    ]);
    expect(next).toEqual(at('2027-01-01T06:00:00Z'));
  });

  it('takes only days every month has', () => {
    expect(Schedule.safeParse({ every: 'month', day: 29, at: '07:00' }).success).toBe(false);
  });
});
