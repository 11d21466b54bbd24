import type { Tx } from '../../db/tenant.ts';
import { AppError, type FieldError } from '../../errors/app-error.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { queueShopMail, queueShopSms } from '../../mail/queue-mail.ts';
import type { ConsentRecord } from '../../repositories/consents.ts';
import { findCustomerByContact, lockContacts } from '../../repositories/customer-contacts.ts';
import { checkSignupAnswer, recordSignupAnswer } from '../acquisition/record-signup-answer.ts';
import { normalizePhone } from '../customers/contact.ts';
import {
  type CustomerInput,
  checkCustomerInput,
  createCustomerIn,
} from '../customers/create-customer.ts';
import type { MerchantScope } from '../scope.ts';
import { cardLinkMail, cardLinkText } from './card-link-message.ts';
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
  /** The referral code of the link the person came from (`?ref=`); unknown ones are ignored. */
  referredBy?: string | undefined;
  /** The answer picked to "comment nous avez-vous connus ?" (one of the shop's channels), if any. */
  heardFrom?: string | undefined;
};

export const PUBLIC_SIGNUP_SOURCE = 'public_signup';

/** The business the poster belongs to, as the sign-up link resolved it. */
export type JoinMerchant = { name: string; locale: string };

export type JoinOutcome =
  | { status: 'created'; cardToken: string }
  /** Someone already has a card with this email or phone: no second card, the link goes to them. */
  | { status: 'existing' };

/** One card link per customer and hour at most, however often the form is sent again. */
const CARD_LINK_EVERY_MS = 3_600_000;

/**
 * A customer signs themself up from the shop's poster: they become a member with a new card,
 * and their answer to each consent sentence is recorded with the sentence's version.
 * An email or phone that already has a card at this shop makes no second card and records no
 * consent: the answer says only `existing` (the form is public, so it must not hand out anyone's
 * card), and the card's link goes to the email or phone on that card that the person typed.
 * Runs inside the caller's transaction so an idempotent replay stores its answer atomically.
 */
export async function joinProgram(
  tx: Tx,
  scope: MerchantScope,
  deps: { mailer: Mailer; publicUrl: string; merchant: JoinMerchant },
  input: JoinInput,
): Promise<JoinOutcome> {
  const customer: CustomerInput = {
    firstName: input.firstName,
    lastName: input.lastName ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    birthday: input.birthday ?? null,
    member: true,
  };
  checkJoinInput(input, customer);
  await checkSignupAnswer(tx, scope.merchantId, input.heardFrom);
  const contact = {
    email: input.email?.trim().toLowerCase() || null,
    phone: input.phone ? normalizePhone(input.phone) : null,
  };
  await lockContacts(tx, scope.merchantId, [
    ...(contact.email ? [`email:${contact.email}`] : []),
    ...(contact.phone ? [`phone:${contact.phone}`] : []),
  ]);
  const existing = await findCustomerByContact(tx, scope.merchantId, contact);
  if (existing) {
    await sendCardLink(tx, scope, deps, existing, contact);
    return { status: 'existing' };
  }
  const consents: ConsentRecord[] = (['email', 'sms'] as const).map((channel) => ({
    channel,
    granted: input.consents[channel],
    source: PUBLIC_SIGNUP_SOURCE,
    wordingVersion: input.consentWordingVersion,
  }));
  const referredBy = input.referredBy
    ? { ref: input.referredBy, acceptCustomerId: false, ignoreUnknown: true }
    : null;
  const row = await createCustomerIn(tx, scope, { ...customer, consents, referredBy });
  await recordSignupAnswer(tx, {
    merchantId: scope.merchantId,
    customerId: row.id,
    channelId: input.heardFrom,
    now: scope.now,
  });
  return { status: 'created', cardToken: row.card_token };
}

/**
 * Sends the card's link to the contact the person typed that found the card: by mail for an
 * email, by text message for a phone. Only the card's holder receives it, at the address
 * already on the card, whoever filled in the form.
 */
async function sendCardLink(
  tx: Tx,
  scope: MerchantScope,
  deps: { mailer: Mailer; publicUrl: string; merchant: JoinMerchant },
  card: { id: string; email: string | null; phone: string | null; card_token: string },
  typed: { email: string | null; phone: string | null },
) {
  const hour = Math.floor(scope.now.getTime() / CARD_LINK_EVERY_MS);
  const link = {
    businessName: deps.merchant.name,
    cardUrl: `${deps.publicUrl}/c/${card.card_token}`,
  };
  if (card.email && typed.email !== null && card.email.toLowerCase() === typed.email) {
    await queueShopMail(tx, deps.mailer, scope.merchantId, {
      idempotencyKey: `card_link:${card.id}:${hour}`,
      message: cardLinkMail(deps.merchant.locale, card.email, link),
      now: scope.now,
    });
  } else if (card.phone && card.phone === typed.phone) {
    await queueShopSms(tx, deps.mailer, scope.merchantId, {
      idempotencyKey: `card_link_sms:${card.id}:${hour}`,
      message: cardLinkText(deps.merchant.locale, card.phone, link),
      now: scope.now,
    });
  }
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
