import { describe, expect, it } from 'vitest';
import {
  birthdayFromInput,
  contactChanges,
  contactFormOf,
  contactProblems,
} from './contact-form.ts';

const stored = {
  firstName: 'Claire',
  lastName: 'Faure',
  phone: '+33612345678',
  email: 'claire@exemple.fr',
  company: null,
  birthday: '03-14',
};

describe('contact form', () => {
  it('sends only what changed, and an emptied field as null (removed)', () => {
    const form = { ...contactFormOf(stored), phone: '', email: 'c.faure@exemple.fr' };
    expect(contactChanges(form, stored)).toEqual({ phone: null, email: 'c.faure@exemple.fr' });
    expect(contactChanges(contactFormOf(stored), stored)).toEqual({});
  });

  it('reads a birthday as day/month and sends it as MM-DD', () => {
    expect(contactFormOf(stored).birthday).toBe('14/03');
    expect(birthdayFromInput('1/2')).toBe('02-01');
    expect(birthdayFromInput('31/04')).toBeNull();
    expect(birthdayFromInput('29/02')).toBe('02-29');
    expect(contactChanges({ ...contactFormOf(stored), birthday: '' }, stored)).toEqual({
      birthday: null,
    });
  });

  it('flags an email, a phone or a birthday that cannot be right', () => {
    expect(
      contactProblems({ ...contactFormOf(stored), email: 'x@', phone: '12', birthday: '40/1' }),
    ).toEqual({ email: 'email', phone: 'phone', birthday: 'birthday' });
    expect(contactProblems(contactFormOf(stored))).toEqual({});
  });
});
