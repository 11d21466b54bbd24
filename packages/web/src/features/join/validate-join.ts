import type { JoinMessage } from './messages.ts';

export type JoinForm = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  day: string;
  month: string;
  consentEmail: boolean;
  consentSms: boolean;
  /** The answer picked to "comment nous avez-vous connus ?" (a channel id), '' for none. */
  heardFrom: string;
};

export type JoinField =
  | 'firstName'
  | 'email'
  | 'phone'
  | 'birthday'
  | 'consentEmail'
  | 'consentSms'
  | 'heardFrom';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The checks the server makes, run as the person types so they see a problem before sending.
 * The server stays the judge: its 422 answers are shown in the same places.
 */
export function validateJoin(form: JoinForm): Partial<Record<JoinField, JoinMessage>> {
  const errors: Partial<Record<JoinField, JoinMessage>> = {};
  const email = form.email.trim();
  const phone = form.phone.trim();
  if (!form.firstName.trim()) errors.firstName = 'required';
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(email)) errors.email = 'emailInvalid';
  const digits = phone.replace(/\D/g, '');
  if (phone && (!/^\+?[\d\s.()-]+$/.test(phone) || digits.length < 6 || digits.length > 15)) {
    errors.phone = 'phoneInvalid';
  }
  if (!email && !phone) errors.email = 'contactRequired';
  if (form.consentEmail && !email) errors.consentEmail = 'consentEmailNeedsEmail';
  if (form.consentSms && !phone) errors.consentSms = 'consentSmsNeedsPhone';
  if (Boolean(form.day) !== Boolean(form.month)) errors.birthday = 'birthdayIncomplete';
  else if (form.day && Number(form.day) > DAYS_IN_MONTH[Number(form.month) - 1]!) {
    errors.birthday = 'birthdayInvalid';
  }
  return errors;
}

/** The server's field names (JoinInput) → the form's. */
export function formFieldOf(serverField: string): JoinField | null {
  if (serverField === 'consents.email') return 'consentEmail';
  if (serverField === 'consents.sms') return 'consentSms';
  if (serverField === 'heardFrom') return 'heardFrom';
  const root = serverField.split('.')[0];
  return root === 'firstName' || root === 'email' || root === 'phone' || root === 'birthday'
    ? root
    : null;
}
