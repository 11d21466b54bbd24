import { z } from '@hono/zod-openapi';
import { TradeDiscountCardField } from '../b2b-thresholds/b2b-thresholds.schemas.ts';
import { ReferralLinkSchema } from '../bonuses/bonuses.schemas.ts';
import { ClubAndCauseCardFields } from '../club/club.schemas.ts';
import { Localized } from '../programs/programs.schemas.ts';
import { TierFields } from '../tiers/tiers.schemas.ts';

const token = (name: string, description: string) =>
  z
    .string()
    .min(1)
    .max(128)
    .openapi({ param: { name, in: 'path' }, description });

export const CardParams = z.object({
  token: token('token', 'The card token, from the card link /c/<token> or its QR code'),
});

export const JoinParams = z.object({
  slug: token('slug', "The business's slug"),
  token: token('token', "The business's sign-up token (the poster's link)"),
});

const Business = z.object({ name: z.string(), brandColor: z.string().nullable() });

export const PublicCard = z
  .object({
    cardToken: z.string(),
    cardUrl: z.string(),
    firstName: z.string().nullable(),
    business: Business,
    programs: z.array(
      z.object({
        name: Localized,
        kind: z.enum(['stamps', 'points']),
        balance: z.number().int(),
        progress: z
          .object({
            current: z.number().int(),
            target: z.number().int(),
            reward: Localized.nullable(),
          })
          .nullable()
          .openapi({
            description: 'Towards the next reward; null when every reward is affordable',
          }),
        redeemable: z.array(z.object({ name: Localized.nullable(), cost: z.number().int() })),
        vouchers: z.array(
          z.object({
            code: z.string(),
            reward: Localized.nullable(),
            expiresAt: z.string().nullable(),
          }),
        ),
        expiresAt: z
          .string()
          .nullable()
          .openapi({ description: 'When the balance lapses without a visit' }),
        owed: z.number().int().openapi({
          description: 'Stamps or points a refund could not take back (already spent)',
        }),
      }),
    ),
    ...TierFields,
    referral: ReferralLinkSchema.nullable().openapi({
      description: 'The code to share and the sign-up link carrying it (never the card token)',
    }),
    ...ClubAndCauseCardFields,
    ...TradeDiscountCardField,
  })
  .openapi('PublicCard');

const StampRule = z.discriminatedUnion('per', [
  z.object({ per: z.literal('visit') }),
  z.object({ per: z.literal('item'), category: z.string() }),
  z.object({ per: z.literal('spend'), centsPerStamp: z.number().int() }),
]);

const ProgramSummary = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('stamps'),
    name: Localized,
    rule: StampRule,
    stampsPerCard: z.number().int(),
    reward: Localized.nullable(),
  }),
  z.object({
    kind: z.literal('points'),
    name: Localized,
    pointsPerEuro: z.number().int(),
    firstReward: z.object({ name: Localized, cost: z.number().int() }).nullable(),
  }),
]);

const Wording = z.object({
  version: z.string(),
  email: z.string(),
  sms: z.string(),
  notice: z.string(),
});

export const SignupPage = z
  .object({
    business: Business.extend({ locale: z.enum(['fr', 'en']) }),
    programs: z.array(ProgramSummary),
    consentWording: z.object({ fr: Wording, en: Wording }),
    heardFromChoices: z.array(z.object({ id: z.string(), label: z.string() })).openapi({
      description: 'The answers to "comment nous avez-vous connus ?"; empty: not asked',
    }),
  })
  .openapi('SignupPage');

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined);

export const JoinBody = z
  .object({
    firstName: z.string().trim().min(1, 'required').max(100),
    lastName: optionalText(100),
    email: z
      .union([z.literal(''), z.email().max(254)])
      .optional()
      .transform((v) => v || undefined),
    phone: optionalText(40),
    birthday: z
      .object({ day: z.number().int().min(1).max(31), month: z.number().int().min(1).max(12) })
      .optional(),
    consents: z.object({ email: z.boolean(), sms: z.boolean() }),
    consentWordingVersion: z
      .string()
      .max(60)
      .openapi({ example: 'fr-2026-11', description: 'consentWording.<lang>.version as shown' }),
    referredBy: z
      .string()
      .trim()
      .max(60)
      .optional()
      .openapi({
        example: 'K7QM2XPA',
        description:
          'The referral code of the link the person came from (`?ref=`). A code the shop does ' +
          'not know is ignored: the sign-up goes on without a referral.',
      }),
    heardFrom: z.uuid().optional().openapi({
      description: 'The id of the answer picked to "comment nous avez-vous connus ?" (optional)',
    }),
  })
  .openapi('JoinInput');

export const Joined = z.object({ cardToken: z.string(), cardUrl: z.string() }).openapi('Joined');

export const AlreadyJoined = z.object({ status: z.literal('existing') }).openapi('AlreadyJoined', {
  description:
    'This email or phone already has a card at this shop: no new card; its link was sent to the email on the card',
});

export const CardManifest = z
  .object({
    name: z.string(),
    short_name: z.string(),
    start_url: z.string(),
    scope: z.string(),
    display: z.literal('standalone'),
    background_color: z.string(),
    theme_color: z.string(),
    icons: z.array(z.object({ src: z.string(), sizes: z.string(), type: z.string() })),
  })
  .openapi('CardManifest');
