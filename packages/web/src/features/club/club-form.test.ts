import { describe, expect, it } from 'vitest';
import { clubFromForm, defaultClubForm, formFromClub } from './club-form.ts';

describe('the club form', () => {
  it('turns typed text into the API body, perks one per line', () => {
    const result = clubFromForm({
      ...defaultClubForm('fr'),
      fee: '15,50',
      perks: 'Soirées dédicaces\n\n  Éditions limitées ',
    });
    expect(result).toEqual({
      ok: true,
      club: expect.objectContaining({
        feeCents: 1550,
        perks: ['Soirées dédicaces', 'Éditions limitées'],
      }),
    });
  });

  it('points at the field at fault, with the server’s limits', () => {
    expect(clubFromForm({ ...defaultClubForm('fr'), fee: 'quinze' })).toEqual({
      ok: false,
      problem: { field: 'fee', reason: 'amount' },
    });
    expect(clubFromForm({ ...defaultClubForm('fr'), discount: '51' })).toEqual({
      ok: false,
      problem: { field: 'discount', reason: 'range' },
    });
    expect(clubFromForm({ ...defaultClubForm('fr'), graceDays: '2,5' })).toEqual({
      ok: false,
      problem: { field: 'graceDays', reason: 'whole' },
    });
  });

  it('reads a saved club back into the form unchanged', () => {
    const saved = clubFromForm({ ...defaultClubForm('en'), fee: '12.00', perks: 'A\nB' });
    if (!saved.ok) throw new Error('expected a club');
    expect(clubFromForm(formFromClub(saved.club, 'en'))).toEqual(saved);
  });
});
