import type { ImportField } from './import-fields.ts';
import type { ImportRow } from './read-import-row.ts';

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

const CONTACT_FIELDS = [
  'customerRef',
  'firstName',
  'lastName',
  'email',
  'phone',
  'emailConsent',
  'smsConsent',
  'consentDay',
  'consentSource',
] as const;

/** A customer's rows merged: a value once given must not change on a later row. */
export class CustomerMerger {
  private readonly byKey = new Map<string, ImportCustomer>();

  /** Adds a row's customer fields; the first field that contradicts an earlier row, or null. */
  add(key: string, row: ImportRow, line: number): ImportField | null {
    const existing = this.byKey.get(key);
    if (!existing) {
      const { customerRef, firstName, lastName, email, phone, birthday } = row;
      const { emailConsent, smsConsent, consentDay, consentSource, tags, openingBalances } = row;
      this.byKey.set(key, {
        key,
        ...{ customerRef, firstName, lastName, email, phone, birthday },
        ...{ emailConsent, smsConsent, consentDay, consentSource },
        ...{ tags: [...tags], openingBalances: { ...openingBalances } },
        line,
      });
      return null;
    }
    for (const field of CONTACT_FIELDS) {
      const value = row[field];
      if (value === null) continue;
      if (existing[field] !== null && existing[field] !== value) {
        return field === 'consentDay' ? 'consentDate' : field;
      }
    }
    const birthday = JSON.stringify(row.birthday);
    if (row.birthday && existing.birthday && JSON.stringify(existing.birthday) !== birthday) {
      return 'birthday';
    }
    for (const [program, balance] of Object.entries(row.openingBalances)) {
      const known = existing.openingBalances[program];
      if (known !== undefined && known !== balance) return `openingBalance:${program}`;
    }
    for (const field of CONTACT_FIELDS) {
      if (row[field] !== null) (existing as unknown as Record<string, unknown>)[field] = row[field];
    }
    existing.birthday ??= row.birthday;
    Object.assign(existing.openingBalances, row.openingBalances);
    existing.tags = [...new Set([...existing.tags, ...row.tags])];
    return null;
  }

  list(): ImportCustomer[] {
    return [...this.byKey.values()];
  }
}
