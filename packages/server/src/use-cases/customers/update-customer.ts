import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { appendConsents } from '../../repositories/consents.ts';
import {
  type CustomerChanges,
  findCustomer,
  updateCustomer as update,
} from '../../repositories/customers.ts';
import { emitConsentChanged } from '../../webhooks/customer-events.ts';
import type { MerchantScope } from '../scope.ts';
import { type CustomerInput, checkCustomerInput } from './create-customer.ts';

/** Changes only the fields given; `null` clears a field. Consents given are appended. */
export function updateCustomer(scope: MerchantScope, id: string, input: CustomerInput) {
  const { db, merchantId, actor, now } = scope;
  const { phone } = checkCustomerInput(input, true);
  const changes: CustomerChanges = {};
  if (input.firstName !== undefined) changes.first_name = input.firstName?.trim() || null;
  if (input.lastName !== undefined) changes.last_name = input.lastName?.trim() || null;
  if (input.email !== undefined) changes.email = input.email?.trim().toLowerCase() || null;
  if (input.phone !== undefined) changes.phone = phone;
  if (input.company !== undefined) changes.company = input.company?.trim() || null;
  if (input.birthday !== undefined) {
    changes.birth_day = input.birthday?.day ?? null;
    changes.birth_month = input.birthday?.month ?? null;
  }
  return withMerchant(db, merchantId, async (tx) => {
    if (input.member !== undefined) {
      // Joining keeps the first date a customer joined; leaving stops earning from now on.
      const current = await findCustomer(tx, merchantId, id);
      if (!current) throw notFound('Customer');
      changes.member_since = input.member ? (current.member_since ?? now) : null;
    }
    const row = await update(tx, merchantId, id, changes, now);
    if (!row) throw notFound('Customer');
    await appendConsents(tx, merchantId, id, now, input.consents ?? []);
    await emitConsentChanged(tx, scope, id, input.consents ?? []);
    await appendAudit(tx, merchantId, actor, now, {
      action: 'customer.updated',
      subjectType: 'customer',
      subjectId: id,
      details: { fields: Object.keys(changes), consents: (input.consents ?? []).length },
    });
    return row;
  });
}
