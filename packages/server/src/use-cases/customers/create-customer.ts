import { uuidv7 } from 'uuidv7';
import { newCardToken } from '../../auth/tokens.ts';
import { type Tx, withMerchant } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { appendConsents, type ConsentRecord } from '../../repositories/consents.ts';
import { insertCustomer } from '../../repositories/customers.ts';
import { emitCustomerCreated } from '../../webhooks/customer-events.ts';
import { grantWelcomeBonus } from '../bonuses/grant-welcome-bonus.ts';
import { type ReferredBy, recordReferral } from '../referrals/record-referral.ts';
import type { MerchantScope } from '../scope.ts';
import { isValidBirthday, normalizePhone } from './contact.ts';

export type CustomerInput = {
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
  birthday?: { day: number; month: number } | null;
  company?: string | null;
  customerSince?: Date;
  /** Signing up joins the loyalty program unless told otherwise (e.g. an imported customer). */
  member?: boolean;
  consents?: ConsentRecord[];
  /** Who brought them (a referral code, or a customer id for staff and API keys). */
  referredBy?: ReferredBy | null;
};

/** Signs up a customer (at the counter, through the API or the public page) with a new card. */
export function createCustomer(scope: MerchantScope, input: CustomerInput) {
  checkCustomerInput(input);
  return withMerchant(scope.db, scope.merchantId, (tx) => createCustomerIn(tx, scope, input));
}

/**
 * The same, inside a transaction the caller already holds for this merchant — for a write
 * that must commit together with something else (e.g. an idempotency key's stored response).
 */
export async function createCustomerIn(tx: Tx, scope: MerchantScope, input: CustomerInput) {
  const { merchantId, actor, now } = scope;
  const fields = checkCustomerInput(input);
  const row = await insertCustomer(tx, {
    merchantId,
    id: uuidv7(),
    firstName: input.firstName?.trim() || null,
    lastName: input.lastName?.trim() || null,
    email: input.email?.trim().toLowerCase() || null,
    phone: fields.phone,
    birthDay: input.birthday?.day ?? null,
    birthMonth: input.birthday?.month ?? null,
    company: input.company?.trim() || null,
    cardToken: newCardToken(),
    customerSince: input.customerSince ?? now,
    memberSince: input.member === false ? null : now,
  });
  await appendConsents(tx, merchantId, row.id, now, input.consents ?? []);
  if (input.referredBy) await recordReferral(tx, scope, row.id, input.referredBy);
  if (row.member_since) await grantWelcomeBonus(tx, scope, row.id);
  await appendAudit(tx, merchantId, actor, now, {
    action: 'customer.created',
    subjectType: 'customer',
    subjectId: row.id,
  });
  await emitCustomerCreated(tx, scope, row, input.consents ?? []);
  return row;
}

/**
 * Rules the schema cannot express: someone must be identifiable (a name, an email or a
 * phone), the phone must be a phone, the birthday a real day.
 */
export function checkCustomerInput(input: CustomerInput, partial = false) {
  const errors: { field: string; message: string; code: string }[] = [];
  const phone = input.phone ? normalizePhone(input.phone) : null;
  if (input.phone && !phone)
    errors.push({ field: 'phone', message: 'not a phone number', code: 'invalid_phone' });
  if (input.birthday && !isValidBirthday(input.birthday.day, input.birthday.month)) {
    errors.push({
      field: 'birthday',
      message: 'not a real day of the year',
      code: 'invalid_birthday',
    });
  }
  const identifiable = [input.firstName, input.lastName, input.email, input.phone].some((v) =>
    v?.trim(),
  );
  if (!partial && !identifiable) {
    errors.push({
      field: 'firstName',
      message: 'give at least a name, an email or a phone',
      code: 'required',
    });
  }
  if (errors.length > 0) {
    throw new AppError('validation_failed', 'Some customer details are not valid', {
      fields: errors,
    });
  }
  return { phone };
}
