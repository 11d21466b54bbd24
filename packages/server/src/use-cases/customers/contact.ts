/**
 * Phone numbers are stored in international form so a cashier can type "06 12 34 56 78"
 * and find "+33 6 12 34 56 78". French national numbers (10 digits, leading 0) get +33.
 * @example
 * normalizePhone('06 12 34 56 78');   // '+33612345678'
 * normalizePhone('+44 20 7946 0958'); // '+442079460958'
 */
export function normalizePhone(raw: string): string | null {
  const trimmed = raw.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 6 || digits.length > 15) return null;
  if (trimmed.startsWith('+')) return `+${digits}`;
  if (trimmed.startsWith('00')) return `+${digits.slice(2)}`;
  if (digits.length === 10 && digits.startsWith('0')) return `+33${digits.slice(1)}`;
  return `+${digits}`;
}

/** The digits a search term would share with a stored phone (drops a national leading 0). */
export function phoneSearchDigits(term: string): string {
  const digits = term.replace(/\D/g, '');
  return digits.startsWith('0') ? digits.slice(1) : digits;
}

/** A birthday is a day and a month (no year: we do not need a customer's age). */
export function isValidBirthday(day: number, month: number): boolean {
  const daysIn = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn[month - 1]!;
}
