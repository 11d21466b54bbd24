/** What the cashier had typed in the search, spread over the sign-up form's fields. */
export type SignUpPrefill = { firstName: string; lastName: string; phone: string; email: string };

const EMPTY: SignUpPrefill = { firstName: '', lastName: '', phone: '', email: '' };
const isShouted = (word: string) => /\p{Lu}/u.test(word) && word === word.toUpperCase();

/**
 * The search text of a customer not found, read as the start of their sign-up: an email or a
 * phone goes to its field; a name is split into first and last name. A word written in
 * capitals is the surname, as on French forms ("MARTIN Léa"); otherwise the first word is the
 * first name and the rest the surname ("Léa Martin", "Jean Le Gall"). The form shows both
 * fields, so the cashier sees the split and can correct it.
 * @example signUpPrefill('Léa Martin') // { firstName: 'Léa', lastName: 'Martin', … }
 */
export function signUpPrefill(text: string): SignUpPrefill {
  const typed = text.trim().replace(/\s+/g, ' ');
  if (!typed) return EMPTY;
  if (typed.includes('@')) return { ...EMPTY, email: typed };
  if (/^\+?[\d\s().-]+$/.test(typed)) return { ...EMPTY, phone: typed };
  if (/\d/.test(typed)) return EMPTY;
  const words = typed.split(' ');
  const shouted = words.filter(isShouted);
  if (shouted.length > 0 && shouted.length < words.length) {
    return {
      ...EMPTY,
      firstName: words.filter((w) => !isShouted(w)).join(' '),
      lastName: shouted.join(' '),
    };
  }
  const [first = '', ...rest] = words;
  return { ...EMPTY, firstName: first, lastName: rest.join(' ') };
}
