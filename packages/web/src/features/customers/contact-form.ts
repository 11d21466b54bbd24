/** The contact details as the owner edits them (texts; the birthday as "JJ/MM"). */
export type ContactForm = {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  company: string;
  birthday: string;
};

type Stored = {
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  email: string | null;
  company: string | null;
  /** "MM-DD", as the API stores it. */
  birthday: string | null;
};

export type ContactProblem = 'email' | 'phone' | 'birthday';

/** "03-14" → "14/03". */
export const birthdayToInput = (stored: string | null) =>
  stored ? stored.split('-').reverse().join('/') : '';

/**
 * "14/03", "14-3", "14 3" → "03-14" (the API's MM-DD); null when it is not a day and month.
 * @example birthdayFromInput('14/03') // '03-14'
 */
export function birthdayFromInput(text: string): string | null {
  const match = /^(\d{1,2})\s*[/.\s-]\s*(\d{1,2})$/.exec(text.trim());
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[2]);
  const daysIn = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (month < 1 || month > 12 || day < 1 || day > (daysIn[month - 1] ?? 0)) return null;
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function contactFormOf(c: Stored): ContactForm {
  return {
    firstName: c.firstName ?? '',
    lastName: c.lastName ?? '',
    phone: c.phone ?? '',
    email: c.email ?? '',
    company: c.company ?? '',
    birthday: birthdayToInput(c.birthday),
  };
}

/** What the form would refuse before asking the server, by field. */
export function contactProblems(
  form: ContactForm,
): Partial<Record<keyof ContactForm, ContactProblem>> {
  const problems: Partial<Record<keyof ContactForm, ContactProblem>> = {};
  const email = form.email.trim();
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problems.email = 'email';
  const phone = form.phone.trim();
  const digits = phone.replace(/\D/g, '').length;
  if (phone && (!/^\+?[\d\s().-]+$/.test(phone) || digits < 6 || digits > 15))
    problems.phone = 'phone';
  if (form.birthday.trim() && !birthdayFromInput(form.birthday)) problems.birthday = 'birthday';
  return problems;
}

/**
 * The PATCH body: only the fields that changed; an emptied field is sent as null, which
 * removes it.
 * @example contactChanges({ …, phone: '' }, { …, phone: '+33612345678' }) // { phone: null }
 */
export function contactChanges(form: ContactForm, stored: Stored) {
  const before = contactFormOf(stored);
  const changes: Partial<Record<keyof ContactForm, string | null>> = {};
  for (const key of Object.keys(form) as (keyof ContactForm)[]) {
    const now = form[key].trim();
    if (now === before[key].trim()) continue;
    changes[key] = now === '' ? null : key === 'birthday' ? birthdayFromInput(now) : now;
  }
  return changes;
}
