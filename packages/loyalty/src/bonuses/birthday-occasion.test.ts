import { describe, expect, it } from 'vitest';
import { birthdayOccasion, birthdaysAround } from './birthday-occasion.ts';

describe('birthdayOccasion', () => {
  it('names the year whose window contains today, with the dates the voucher is valid', () => {
    expect(birthdayOccasion({ day: 14, month: 3 }, '2027-03-10', 7)).toEqual({
      year: 2027,
      date: '2027-03-14',
      validFrom: '2027-03-07',
      validUntil: '2027-03-21',
    });
    expect(birthdayOccasion({ day: 14, month: 3 }, '2027-03-06', 7)).toBeNull();
    expect(birthdayOccasion({ day: 14, month: 3 }, '2027-03-22', 7)).toBeNull();
  });

  it('keeps a window across New Year on the birthday’s own year', () => {
    expect(birthdayOccasion({ day: 2, month: 1 }, '2026-12-30', 5)?.year).toBe(2027);
    expect(birthdayOccasion({ day: 30, month: 12 }, '2027-01-02', 5)?.year).toBe(2026);
  });

  it('celebrates 29 February on 28 February outside leap years', () => {
    expect(birthdayOccasion({ day: 29, month: 2 }, '2027-02-28', 0)?.date).toBe('2027-02-28');
    expect(birthdayOccasion({ day: 29, month: 2 }, '2028-02-29', 0)?.date).toBe('2028-02-29');
    expect(birthdayOccasion({ day: 29, month: 2 }, '2028-02-28', 0)).toBeNull();
  });
});

describe('birthdaysAround', () => {
  it('lists the days whose window contains today, 29 February with 28 February', () => {
    expect(birthdaysAround('2027-03-10', 1)).toEqual([
      { month: 3, day: 9 },
      { month: 3, day: 10 },
      { month: 3, day: 11 },
    ]);
    expect(birthdaysAround('2027-02-28', 0)).toEqual([
      { month: 2, day: 28 },
      { month: 2, day: 29 },
    ]);
  });
});
