import {
  TIER_LEVELS_MAX,
  TIER_LEVELS_MIN,
  TIER_MULTIPLIER_PERCENT_MAX,
  TIER_NAME_MAX,
  TIER_PERK_MAX,
  TIER_PERKS_MAX,
  TIER_WINDOW_MONTHS_MAX,
} from '@habitue/loyalty';
import { z } from '@hono/zod-openapi';

/** Months of seniority at most (10 years): the seed's inner circle is 1–2 years. */
const SENIORITY_MONTHS_MAX = 120;
const LEVEL_ID_MAX = 64;

const Criteria = z
  .object({
    spendCents: z
      .number()
      .int()
      .min(1)
      .max(100_000_000)
      .optional()
      .openapi({ description: 'Spend over the window, net of refunds, in cents' }),
    visits: z.number().int().min(1).max(10_000).optional(),
    seniorityMonths: z
      .number()
      .int()
      .min(1)
      .max(SENIORITY_MONTHS_MAX)
      .optional()
      .openapi({ description: 'Months since the first purchase or sign-up, whichever is earlier' }),
  })
  .strict()
  .openapi({ description: 'Any one met is enough; the lowest level has none' });

const Benefits = z
  .object({
    pointsMultiplierPercent: z
      .number()
      .int()
      .min(100)
      .max(TIER_MULTIPLIER_PERCENT_MAX)
      .openapi({ description: '100 = ×1, 150 = ×1,5 on points earned' }),
    discountPercent: z.number().int().min(0).max(100),
    perks: z.array(z.string().trim().min(1).max(TIER_PERK_MAX)).max(TIER_PERKS_MAX),
  })
  .strict();

export const TierLevelSchema = z
  .object({
    id: z.string().trim().min(1).max(LEVEL_ID_MAX),
    name: z.string().trim().min(1).max(TIER_NAME_MAX),
    colour: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/)
      .openapi({ example: '#c9a227' }),
    criteria: Criteria,
    benefits: Benefits,
  })
  .strict()
  .openapi('TierLevel');

export const TierLadderBody = z
  .object({
    levels: z.array(TierLevelSchema).min(TIER_LEVELS_MIN).max(TIER_LEVELS_MAX),
    windowMonths: z.number().int().min(1).max(TIER_WINDOW_MONTHS_MAX),
    review: z
      .object({
        periodMonths: z
          .union([
            z.literal(1),
            z.literal(2),
            z.literal(3),
            z.literal(4),
            z.literal(6),
            z.literal(12),
          ])
          .openapi({ description: 'Levels are reviewed at the end of each period (12 = yearly)' }),
        graceMonths: z.number().int().min(0).max(11),
      })
      .strict(),
  })
  .strict()
  .openapi('TierLadderInput');

export const TierLadderResult = z
  .object({
    ladder: TierLadderBody.nullable().openapi({ description: 'null when the shop has no tiers' }),
    version: z.number().int().nullable(),
    updatedAt: z.string().nullable(),
  })
  .openapi('TierLadder');

const Gap = z.object({ spendLeftCents: z.number().nullable(), visitsLeft: z.number().nullable() });

/** The card's `tier` (issue contract): dates YYYY-MM-DD in the shop's time zone. */
export const TierCardSchema = z
  .object({
    name: z.string(),
    since: z.string(),
    until: z.string().nullable(),
    keep: Gap.nullable(),
    next: Gap.extend({ name: z.string(), eligibleOn: z.string().nullable() }).nullable(),
  })
  .nullable()
  .openapi('TierCard', {
    description: 'null when the shop has no ladder or the customer is not a member',
  });

/** The level's colour and benefits, for the counter and the card to show. */
export const TierLevelShown = z
  .object({
    id: z.string(),
    name: z.string(),
    colour: z.string(),
    benefits: Benefits,
    reviewOn: z.string().openapi({
      description: 'The next review (YYYY-MM-DD, shop time zone): no level is lowered before it',
    }),
  })
  .nullable()
  .openapi('TierLevelShown');

/** The two fields every answer that shows a customer's level carries. */
export const TierFields = { tier: TierCardSchema, tierLevel: TierLevelShown };
