import { z } from '@hono/zod-openapi';
import { TierFields } from '../tiers/tiers.schemas.ts';

const Birthday = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'MM-DD, e.g. 03-14')
  .openapi({ example: '03-14', description: 'Day and month only (MM-DD)' });

export const ConsentInput = z.object({
  channel: z.enum(['email', 'sms', 'post']),
  granted: z.boolean(),
  source: z.string().trim().min(1).max(60).openapi({ example: 'counter' }),
  wordingVersion: z.string().trim().min(1).max(60).openapi({ example: 'fr-2026-11' }),
});

const name = z.string().trim().max(100);

export const CustomerBody = z
  .object({
    firstName: name.nullish(),
    lastName: name.nullish(),
    email: z.email().max(254).nullish(),
    phone: z.string().max(40).nullish(),
    birthday: Birthday.nullish(),
    company: z.string().trim().max(120).nullish(),
    consents: z.array(ConsentInput).max(3).optional(),
    member: z
      .boolean()
      .optional()
      .openapi({ description: 'Joins the loyalty program (default true on creation)' }),
  })
  .openapi('CustomerInput');

/** A sign-up: the details, and who referred the customer (the acquisition source). */
export const NewCustomerBody = CustomerBody.extend({
  referredBy: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .nullish()
    .openapi({
      example: 'K7QM2XPA',
      description:
        'Who brought this customer: their referral code (the card’s `referral.code`) or their ' +
        'customer id. Both get the referral bonus once this customer’s first purchase reaches ' +
        "the program's minimum. An unknown one: 422 `validation_failed` on `referredBy` " +
        '(`unknown_referral`).',
    }),
}).openapi('NewCustomerInput');

export const Consent = z.object({
  channel: z.enum(['email', 'sms', 'post']),
  granted: z.boolean(),
  recordedAt: z.string(),
  source: z.string(),
  wordingVersion: z.string(),
});

export const Customer = z
  .object({
    id: z.string(),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    birthday: z.string().nullable(),
    company: z.string().nullable(),
    cardToken: z.string(),
    cardUrl: z.string(),
    customerSince: z.string(),
    memberSince: z
      .string()
      .nullable()
      .openapi({ description: 'When they joined the loyalty program' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Customer');

export const CustomerDetail = Customer.extend({
  consents: z.array(Consent),
  ...TierFields,
}).openapi('CustomerDetail');

export const SearchQuery = z.object({
  query: z.string().max(100).optional().openapi({
    description: 'Name words (any order), email, phone, card token, card link or voucher code',
  }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.uuid().optional().openapi({ description: 'nextCursor from the previous page' }),
});

/** "03-14" → { day: 14, month: 3 }; null stays null (clears), undefined stays undefined. */
export function parseBirthday(value: string | null | undefined) {
  if (value === undefined || value === null) return value;
  const [month, day] = value.split('-').map(Number);
  return { day: day!, month: month! };
}
