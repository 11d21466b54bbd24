import type { ImportField } from './import-fields.ts';
import type { Birthday, ImportRow } from './read-import-row.ts';

/** A customer as the file describes them, merged from all their rows. */
export interface ImportCustomer {
  /** `ref:<customerRef>`, else `email:<lower-case email>`, else `phone:<digits>`. */
  key: string;
  customerRef: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  birthday: ImportRow['birthday'];
  emailConsent: boolean | null;
  smsConsent: boolean | null;
  consentDay: number | null;
  consentSource: string | null;
  tags: string[];
  openingBalances: Record<string, number>;
  /** The file's first line about this customer, for the report. */
  line: number;
}

/**
 * The first contact field of `row` that contradicts what earlier rows gave, or null. Written
 * field by field rather than as a loop over names: this runs once per row of the file.
 */
function differs<T>(known: T | null, value: T | null): boolean {
  return value !== null && known !== null && known !== value;
}

function firstContradiction(existing: ImportCustomer, row: ImportRow): ImportField | null {
  if (differs(existing.customerRef, row.customerRef)) return 'customerRef';
  if (differs(existing.firstName, row.firstName)) return 'firstName';
  if (differs(existing.lastName, row.lastName)) return 'lastName';
  if (differs(existing.email, row.email)) return 'email';
  if (differs(existing.phone, row.phone)) return 'phone';
  if (differs(existing.emailConsent, row.emailConsent)) return 'emailConsent';
  if (differs(existing.smsConsent, row.smsConsent)) return 'smsConsent';
  if (differs(existing.consentDay, row.consentDay)) return 'consentDate';
  if (differs(existing.consentSource, row.consentSource)) return 'consentSource';
  return null;
}

/** A customer's rows merged: a value once given must not change on a later row. */
export class CustomerMerger {
  private readonly byKey = new Map<string, ImportCustomer>();

  /** Adds a row's customer fields; the first field that contradicts an earlier row, or null. */
  add(key: string, row: ImportRow, line: number): ImportField | null {
    const existing = this.byKey.get(key);
    if (!existing) {
      // A literal with every field (not spreads), so that all customers share one fast shape.
      this.byKey.set(key, {
        key,
        customerRef: row.customerRef,
        firstName: row.firstName,
        lastName: row.lastName,
        email: row.email,
        phone: row.phone,
        birthday: row.birthday,
        emailConsent: row.emailConsent,
        smsConsent: row.smsConsent,
        consentDay: row.consentDay,
        consentSource: row.consentSource,
        tags: [...row.tags],
        openingBalances: { ...row.openingBalances },
        line,
      });
      return null;
    }
    const contradicted = firstContradiction(existing, row);
    if (contradicted !== null) return contradicted;
    if (row.birthday && existing.birthday && !sameBirthday(row.birthday, existing.birthday)) {
      return 'birthday';
    }
    for (const program in row.openingBalances) {
      const known = existing.openingBalances[program];
      if (known !== undefined && known !== row.openingBalances[program]) {
        return `openingBalance:${program}`;
      }
    }
    existing.customerRef = row.customerRef ?? existing.customerRef;
    existing.firstName = row.firstName ?? existing.firstName;
    existing.lastName = row.lastName ?? existing.lastName;
    existing.email = row.email ?? existing.email;
    existing.phone = row.phone ?? existing.phone;
    existing.emailConsent = row.emailConsent ?? existing.emailConsent;
    existing.smsConsent = row.smsConsent ?? existing.smsConsent;
    existing.consentDay = row.consentDay ?? existing.consentDay;
    existing.consentSource = row.consentSource ?? existing.consentSource;
    existing.birthday ??= row.birthday;
    Object.assign(existing.openingBalances, row.openingBalances);
    if (row.tags.length > 0) existing.tags = [...new Set([...existing.tags, ...row.tags])];
    return null;
  }

  list(): ImportCustomer[] {
    return [...this.byKey.values()];
  }
}

function sameBirthday(a: Birthday, b: Birthday): boolean {
  return a.day === b.day && a.month === b.month && a.year === b.year;
}
