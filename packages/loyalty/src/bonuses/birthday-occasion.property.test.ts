import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayToIso, isoToDay } from '../tiers/local-day.ts';
import {
  birthdayOccasion,
  birthdaysAround,
  MAX_BIRTHDAY_WINDOW_DAYS,
} from './birthday-occasion.ts';

const FIRST_DAY = isoToDay('2025-01-01');
const SPAN = 4 * 366;

const birthdayArb = fc
  .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ month, day }) => day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!);

/**
 * A job schedule as the days it actually ran on: any days, in any order, repeated (reruns,
 * restarts), skipped (the server was down), and its hour changed — only the shop-local date a
 * run handles matters to the grant.
 */
const runDaysArb = fc.array(fc.integer({ min: 0, max: SPAN }), { maxLength: 400 });

/** What the job does: grant under the key `birthday:<year>` unless that key exists. */
function simulate(birthday: { day: number; month: number }, windowDays: number, runs: number[]) {
  const granted = new Map<number, string>();
  for (const run of runs) {
    const today = dayToIso(FIRST_DAY + run);
    const occasion = birthdayOccasion(birthday, today, windowDays);
    if (occasion && !granted.has(occasion.year)) granted.set(occasion.year, today);
  }
  return granted;
}

describe('a birthday voucher is granted once per year whatever the schedule', () => {
  it('every run day inside a year’s window names that year, and no other', () => {
    fc.assert(
      fc.property(
        birthdayArb,
        fc.integer({ min: 0, max: MAX_BIRTHDAY_WINDOW_DAYS }),
        runDaysArb,
        (birthday, windowDays, runs) => {
          for (const run of runs) {
            const today = dayToIso(FIRST_DAY + run);
            const occasion = birthdayOccasion(birthday, today, windowDays);
            if (!occasion) continue;
            // The day is inside the window it names, and the window is that year's birthday.
            expect(today >= occasion.validFrom && today <= occasion.validUntil).toBe(true);
            expect(occasion.date.slice(0, 4)).toBe(String(occasion.year));
            const [, month, day] = occasion.date.split('-').map(Number);
            expect(month).toBe(birthday.month);
            expect(day === birthday.day || (birthday.day === 29 && day === 28)).toBe(true);
          }
        },
      ),
    );
  });

  it('grants at most one voucher per calendar year, and one for each window the job ran in', () => {
    fc.assert(
      fc.property(
        birthdayArb,
        fc.integer({ min: 0, max: MAX_BIRTHDAY_WINDOW_DAYS }),
        runDaysArb,
        (birthday, windowDays, runs) => {
          const granted = simulate(birthday, windowDays, runs);
          const grantDays = [...granted.values()].map(isoToDay).sort((a, b) => a - b);
          // Two grants are always a year's gap minus both windows apart.
          for (let i = 1; i < grantDays.length; i++) {
            expect(grantDays[i]! - grantDays[i - 1]!).toBeGreaterThanOrEqual(
              365 - 2 * windowDays - 1,
            );
          }
          // Every year whose window had a run got exactly its voucher; the order of runs,
          // repeats and the same runs again (a restart replaying them) change nothing.
          const again = simulate(birthday, windowDays, [...runs].reverse().concat(runs));
          expect([...again.keys()].sort()).toEqual([...granted.keys()].sort());
          for (const run of runs) {
            const occasion = birthdayOccasion(birthday, dayToIso(FIRST_DAY + run), windowDays);
            if (occasion) expect(granted.has(occasion.year)).toBe(true);
          }
        },
      ),
    );
  });

  it('the days the job asks the database for include every birthday it must serve', () => {
    fc.assert(
      fc.property(
        birthdayArb,
        fc.integer({ min: 0, max: MAX_BIRTHDAY_WINDOW_DAYS }),
        fc.integer({ min: 0, max: SPAN }),
        (birthday, windowDays, run) => {
          const today = dayToIso(FIRST_DAY + run);
          if (!birthdayOccasion(birthday, today, windowDays)) return;
          expect(birthdaysAround(today, windowDays)).toContainEqual(birthday);
        },
      ),
    );
  });
});
