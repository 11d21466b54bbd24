import { describe, expect, it } from 'vitest';
import { clubRenewalDue } from './club-renewal.ts';

describe('the club renewal occasion', () => {
  it('keys one reminder per renewal date, in the shop’s calendar, with the club’s fields', () => {
    const due = clubRenewalDue(
      [
        {
          customerId: 'a',
          renewsAt: new Date('2027-01-09T23:30:00Z'),
          feeCents: 3_000,
          clubName: 'Club des lecteurs',
        },
        {
          customerId: 'b',
          renewsAt: new Date('2027-02-28T10:00:00Z'),
          feeCents: 1_550,
          clubName: 'Club des lecteurs',
        },
      ],
      'Europe/Paris',
    );
    expect(due).toEqual([
      {
        customerId: 'a',
        // 23:30 UTC on the 9th is the 10th in Paris.
        occasionKey: 'renewal:2027-01-10',
        values: {
          club: 'Club des lecteurs',
          date_echeance: '10 janvier 2027',
          cotisation: '30,00\u00a0€',
        },
      },
      {
        customerId: 'b',
        occasionKey: 'renewal:2027-02-28',
        values: {
          club: 'Club des lecteurs',
          date_echeance: '28 février 2027',
          cotisation: '15,50\u00a0€',
        },
      },
    ]);
  });
});
