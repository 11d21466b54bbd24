import type { Tx } from '../../db/tenant.ts';
import { AppError, type FieldError } from '../../errors/app-error.ts';
import type { ConsentRecord } from '../../repositories/consents.ts';
import {
  type CustomerInput,
  checkCustomerInput,
  createCustomerIn,
} from '../customers/create-customer.ts';
import type { MerchantScope } from '../scope.ts';
import { CONSENT_VERSIONS } from './consent-wording.ts';

export type JoinInput = {
  firstName: string;
  lastName?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  birthday?: { day: number; month: number } | undefined;
  /** Ticked or not, per channel; both answers are kept as proof. */
  consents: { email: boolean; sms: boolean };
  /** The version of the sentences the person was shown (see consent-wording.ts). */
  consentWordingVersion: string;
};

export const PUBLIC_SIGNUP_SOURCE = 'public_signup';

/**
 * A customer signs themself up from the shop's poster: they become a member with a new card,
 * and their answer to each consent sentence is recorded with the sentence's version.
 * Runs inside the caller's transaction so an idempotent replay stores its answer atomically.
 */
export async function joinProgram(tx: Tx, scope: MerchantScope, input: JoinInput) {
  const customer: CustomerInput = {
    firstName: input.firstName,
    lastName: input.lastName ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    birthday: input.birthday ?? null,
    member: true,
  };
  checkJoinInput(input, customer);
  const consents: ConsentRecord[] = (['email', 'sms'] as const).map((channel) => ({
    channel,
    granted: input.consents[channel],
    source: PUBLIC_SIGNUP_SOURCE,
    wordingVersion: input.consentWordingVersion,
  }));
  return createCustomerIn(tx, scope, { ...customer, consents });
}

/**
 * On top of the customer rules: a way to reach the person (email or phone), a consent only
 * for a channel they gave, and wording the server actually published. All problems at once,
 * so the form can show each next to its field.
 */
function checkJoinInput(input: JoinInput, customer: CustomerInput) {
  const errors: FieldError[] = customerErrors(customer);
  const email = input.email?.trim();
  const phone = input.phone?.trim();
  if (!email && !phone) {
    errors.push({ field: 'email', message: 'give an email or a phone number', code: 'required' });
  }
  if (input.consents.email && !email) {
    errors.push({ field: 'consents.email', message: 'give an email to receive offers by email' });
  }
  if (input.consents.sms && !phone) {
    errors.push({ field: 'consents.sms', message: 'give a phone number to receive text messages' });
  }
  if (!CONSENT_VERSIONS.includes(input.consentWordingVersion as never)) {
    errors.push({
      field: 'consentWordingVersion',
      message: `one of ${CONSENT_VERSIONS.join(', ')}`,
      code: 'unknown_wording',
    });
  }
  if (errors.length > 0) {
    throw new AppError('validation_failed', 'Some details are missing or not valid', {
      fields: errors,
    });
  }
}

function customerErrors(customer: CustomerInput): FieldError[] {
  try {
    checkCustomerInput(customer);
    return [];
  } catch (error) {
    if (error instanceof AppError && error.code === 'validation_failed') {
      return error.details.fields ?? [];
    }
    throw error;
  }
}
