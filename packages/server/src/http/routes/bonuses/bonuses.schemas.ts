import { MAX_BIRTHDAY_WINDOW_DAYS } from '@habitue/loyalty';
import { z } from '@hono/zod-openapi';

/** A welcome or referral gift, in the program's unit: generous, but not a typing accident. */
export const BONUS_AMOUNT_MAX = 100_000;
/** The launch plan lasts a few days to a couple of months. */
export const FIRST_DAYS_MAX = 90;
export const EXTRA_PERCENT_MAX = 400;
export const PERCENT_OFF_MAX = 50;

const Amount = z.number().int().min(0).max(BONUS_AMOUNT_MAX);

const Welcome = z
  .object({
    programId: z.uuid(),
    amount: Amount.openapi({ description: 'Points or stamps on joining; 0 for none' }),
    firstDays: z
      .object({
        days: z.number().int().min(1).max(FIRST_DAYS_MAX),
        extraPercent: z.number().int().min(1).max(EXTRA_PERCENT_MAX),
      })
      .strict()
      .nullable()
      .openapi({
        description:
          'The launch plan: `extraPercent` % more points or stamps on purchases of the first `days` days after joining (100 = double)',
      }),
    firstPurchasePercentOff: z
      .number()
      .int()
      .min(1)
      .max(PERCENT_OFF_MAX)
      .nullable()
      .openapi({ description: "% off the customer's first purchase, in the till's quote" }),
  })
  .strict();

const Birthday = z
  .object({
    programId: z.uuid(),
    rewardId: z.uuid().openapi({ description: 'A reward of that program: the gift' }),
    windowDays: z
      .number()
      .int()
      .min(0)
      .max(MAX_BIRTHDAY_WINDOW_DAYS)
      .openapi({ description: 'Valid this many days before and after the birthday' }),
  })
  .strict();

const Referral = z
  .object({
    programId: z.uuid(),
    referrerAmount: Amount,
    refereeAmount: Amount,
  })
  .strict();

export const BonusSettingsSchema = z
  .object({
    welcome: Welcome.nullable(),
    birthday: Birthday.nullable(),
    referral: Referral.nullable(),
  })
  .strict()
  .openapi('BonusSettings');

export const ReferralLinkSchema = z
  .object({
    code: z.string().openapi({ example: 'K7QM2XPA', description: 'Short, made to be shared' }),
    url: z.string().openapi({ description: "The shop's sign-up page carrying the code" }),
  })
  .openapi('ReferralLink');

const Person = z.object({
  id: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
});

const ReferralState = {
  referredAt: z.string(),
  rewardedAt: z.string().nullable().openapi({ description: 'When the first purchase qualified' }),
  takenBackAt: z.string().nullable().openapi({ description: 'When a refund took it back' }),
};

export const CustomerReferrals = z
  .object({
    referral: ReferralLinkSchema.nullable(),
    referredBy: Person.extend(ReferralState).nullable(),
    referred: z.array(Person.extend(ReferralState)),
  })
  .openapi('CustomerReferrals');

export const ShopReferrals = z
  .object({
    total: z.number().int(),
    rewarded: z.number().int(),
    items: z.array(
      z.object({
        referee: Person,
        referrer: Person,
        ...ReferralState,
        bonus: z
          .object({
            unit: z.enum(['points', 'stamps']),
            referrer: z.number().int(),
            referee: z.number().int(),
          })
          .nullable()
          .openapi({
            description:
              'What the referral gave each side once the first purchase qualified (null before); `takenBackAt` says when a refund took it back',
          }),
      }),
    ),
  })
  .openapi('ShopReferrals');
