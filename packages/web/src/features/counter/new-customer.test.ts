import { describe, expect, it } from 'vitest';
import { signUpPrefill } from './new-customer.ts';

describe('signUpPrefill', () => {
  it('splits a name into first and last name', () => {
    expect(signUpPrefill('Léa Martin')).toMatchObject({ firstName: 'Léa', lastName: 'Martin' });
    expect(signUpPrefill(' Jean  Le Gall ')).toMatchObject({
      firstName: 'Jean',
      lastName: 'Le Gall',
    });
    expect(signUpPrefill('Léa')).toMatchObject({ firstName: 'Léa', lastName: '' });
  });

  it('takes the words in capitals as the surname, wherever they are', () => {
    expect(signUpPrefill('MARTIN Léa')).toMatchObject({ firstName: 'Léa', lastName: 'MARTIN' });
    expect(signUpPrefill('Anne-Sophie DE LA TOUR')).toMatchObject({
      firstName: 'Anne-Sophie',
      lastName: 'DE LA TOUR',
    });
  });

  it('puts a phone or an email in its own field, never in the name', () => {
    expect(signUpPrefill('06 12 34 56 78')).toEqual({
      firstName: '',
      lastName: '',
      phone: '06 12 34 56 78',
      email: '',
    });
    expect(signUpPrefill('lea@exemple.fr')).toMatchObject({
      firstName: '',
      email: 'lea@exemple.fr',
    });
    expect(signUpPrefill('AbC123xyz')).toMatchObject({ firstName: '', lastName: '' });
  });
});
