import type { Selectable } from 'kysely';
import type { CustomersTable } from '../../db/schema.ts';

/** The customer as the API shows it: camelCase, birthday as "MM-DD", card link built in. */
export function presentCustomer(row: Selectable<CustomersTable>, publicUrl: string) {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    phone: row.phone,
    birthday:
      row.birth_day && row.birth_month
        ? `${String(row.birth_month).padStart(2, '0')}-${String(row.birth_day).padStart(2, '0')}`
        : null,
    company: row.company,
    cardToken: row.card_token,
    cardUrl: `${publicUrl}/c/${row.card_token}`,
    customerSince: row.customer_since.toISOString(),
    memberSince: row.member_since?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export type CustomerView = ReturnType<typeof presentCustomer>;
