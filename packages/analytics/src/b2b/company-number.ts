/**
 * French company identifiers (INSEE): a SIREN names a company (9 digits), a SIRET one of its
 * establishments (the SIREN + a 5-digit NIC, 14 digits). Both end with a Luhn check digit,
 * except the establishments of La Poste (SIREN 356 000 000), too many for the NIC's Luhn
 * key: INSEE gives them SIRETs whose digits add up to a multiple of 5 instead.
 */
export type CompanyNumberKind = 'siren' | 'siret';

export type CompanyNumberCheck =
  | {
      readonly valid: true;
      readonly kind: CompanyNumberKind;
      readonly siren: string;
      readonly value: string;
    }
  | { readonly valid: false; readonly reason: 'not_digits' | 'wrong_length' | 'bad_check_digit' };

/** La Poste's SIREN, whose SIRETs follow the sum-of-digits rule. */
export const LA_POSTE_SIREN = '356000000';

/**
 * Whether the digits pass the Luhn check (every second digit from the right doubled).
 * @example
 * luhnValid('732829320'); // true
 * luhnValid('732829321'); // false
 */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const digitSum = (digits: string) =>
  [...digits].reduce((sum, digit) => sum + digit.charCodeAt(0) - 48, 0);

/**
 * Checks a SIREN or a SIRET as a person types it (spaces, dots and dashes ignored).
 * @example
 * checkCompanyNumber('732 829 320'); // { valid: true, kind: 'siren', siren: '732829320', value: '732829320' }
 * checkCompanyNumber('73282932000074'); // { valid: true, kind: 'siret', siren: '732829320', … }
 * checkCompanyNumber('35600000000048'); // La Poste's head office: valid
 * checkCompanyNumber('35600000049837'); // a post office: valid by the sum of its digits
 * checkCompanyNumber('732829321'); // { valid: false, reason: 'bad_check_digit' }
 */
export function checkCompanyNumber(input: string): CompanyNumberCheck {
  const value = input.replace(/[\s.\-\u00a0\u202f]/g, '');
  if (!/^\d+$/.test(value)) return { valid: false, reason: 'not_digits' };
  if (value.length !== 9 && value.length !== 14) return { valid: false, reason: 'wrong_length' };
  const kind: CompanyNumberKind = value.length === 9 ? 'siren' : 'siret';
  const siren = value.slice(0, 9);
  const laPosteEstablishment = kind === 'siret' && siren === LA_POSTE_SIREN;
  const valid =
    luhnValid(value) && (kind === 'siren' || luhnValid(siren))
      ? true
      : laPosteEstablishment && digitSum(value) % 5 === 0;
  return valid ? { valid, kind, siren, value } : { valid: false, reason: 'bad_check_digit' };
}
