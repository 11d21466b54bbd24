import type { ImportCustomer } from '@habitue/import';
import { ConsentInput, CustomerBody } from '../../http/routes/customers/customers.schemas.ts';
import { isValidBirthday, normalizePhone } from '../customers/contact.ts';

/** Why a customer read from a file cannot be stored (same rules as one typed in at the counter). */
export type CustomerProblem =
  | 'invalid-email'
  | 'invalid-phone'
  | 'invalid-birthday'
  | 'text-too-long'
  | 'negative-balance';

const FIELDS = CustomerBody.shape;
/** The schema's limits (`customers.external_ref`, `customer_tags.tag`). */
const REF_MAX = 200;
const TAG_MAX = 40;

/**
 * A customer of the file checked with the counter's rules; the first problem and its field, or
 * null. Their number from the file identifies them, so a name, email or phone is not required.
 */
export function checkImportedCustomer(
  customer: ImportCustomer,
): { field: string; problem: CustomerProblem } | null {
  if (customer.customerRef !== null && customer.customerRef.length > REF_MAX) {
    return { field: 'customerRef', problem: 'text-too-long' };
  }
  for (const field of ['firstName', 'lastName'] as const) {
    if (!FIELDS[field].safeParse(customer[field]).success) {
      return { field, problem: 'text-too-long' };
    }
  }
  if (customer.email !== null && !FIELDS.email.safeParse(customer.email).success) {
    return { field: 'email', problem: 'invalid-email' };
  }
  if (customer.phone !== null && normalizePhone(customer.phone) === null) {
    return { field: 'phone', problem: 'invalid-phone' };
  }
  const birthday = customer.birthday;
  if (birthday && !isValidBirthday(birthday.day, birthday.month)) {
    return { field: 'birthday', problem: 'invalid-birthday' };
  }
  const source = customer.consentSource;
  if (source !== null && !ConsentInput.shape.source.safeParse(source).success) {
    return { field: 'consentSource', problem: 'text-too-long' };
  }
  if (customer.tags.some((tag) => tag.length > TAG_MAX)) {
    return { field: 'tags', problem: 'text-too-long' };
  }
  for (const [program, balance] of Object.entries(customer.openingBalances)) {
    if (balance < 0) return { field: `openingBalance:${program}`, problem: 'negative-balance' };
  }
  return null;
}
