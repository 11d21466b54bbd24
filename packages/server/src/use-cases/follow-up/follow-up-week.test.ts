import { expect, it } from 'vitest';
import { dayToIso, isoToDay } from '../analytics/local-day.ts';
import { weekStart } from './follow-up-week.ts';

it('starts every week on its Monday', () => {
  for (const [day, monday] of [
    ['2026-12-07', '2026-12-07'],
    ['2026-12-10', '2026-12-07'],
    ['2026-12-13', '2026-12-07'],
    ['2026-12-14', '2026-12-14'],
    ['2027-01-01', '2026-12-28'],
  ]) {
    expect(dayToIso(weekStart(isoToDay(day!))), day).toBe(monday);
  }
});
