import { z } from '@hono/zod-openapi';

const cents = z.number().int().min(0).max(100_000_000);
const count = z.number().int().min(1).max(10_000);

/** A name in French and English; a plain string is used for both. */
export const LocalizedInput = z
  .union([
    z.string().trim().min(1).max(80),
    z.object({ fr: z.string().trim().min(1).max(80), en: z.string().trim().min(1).max(80) }),
  ])
  .transform((v) => (typeof v === 'string' ? { fr: v, en: v } : v))
  .openapi({ example: { fr: 'Carte café', en: 'Coffee card' } });

export const Localized = z.object({ fr: z.string(), en: z.string() });

const StampRule = z.discriminatedUnion('per', [
  z.object({ per: z.literal('visit') }),
  z.object({ per: z.literal('item'), category: z.string().trim().min(1).max(60) }),
  z.object({ per: z.literal('spend'), centsPerStamp: count.max(1_000_000) }),
]);

const Expiry = z.object({
  monthsWithoutActivity: z.number().int().min(1).max(120),
  noticeDays: z.number().int().min(0).max(365),
});

const common = {
  name: LocalizedInput,
  minimumPurchaseCents: cents.optional(),
  voucherValidityDays: z.number().int().min(1).max(3650).optional(),
  expiry: Expiry.optional(),
};

export const SpendEstimate = z
  .object({ averageBasketCents: cents.optional(), averageItemPriceCents: cents.optional() })
  .openapi({ description: 'What a customer usually spends, for the reward economics' });

export const RewardInput = z.object({
  name: LocalizedInput,
  costPriceCents: cents.openapi({ description: 'What giving it away costs you (cost of goods)' }),
  retailValueCents: cents.openapi({ description: 'What a customer would pay for it' }),
});

/** "100 points = 1 €": points convert into money off, in any amount (points programs). */
const PointsAsMoneyShape = z.object({
  points: z.number().int().min(1).max(1_000_000),
  cents: z.number().int().min(1).max(100_000),
});
const PointsAsMoney = PointsAsMoneyShape.openapi('PointsAsMoneyRate', {
  example: { points: 100, cents: 100 },
});

const Day = z.iso.date();
const Clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
  .openapi({ example: '14:00' });

/** Extra points on some occasions: ×2 is `percent: 200`; the largest that holds applies. */
const PointsMultiplier = z
  .object({
    percent: z.number().int().min(100).max(1_000),
    when: z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('quiet_hours'),
        weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7).openapi({
          description: '1 = Monday … 7 = Sunday',
        }),
        from: Clock,
        to: Clock.openapi({ description: 'Excluded; shop’s clock' }),
      }),
      z.object({ kind: z.literal('category'), category: z.string().trim().min(1).max(60) }),
      z.object({ kind: z.literal('dates'), startsOn: Day, endsOn: Day }),
    ]),
  })
  .openapi('PointsMultiplier');

export const CreateProgramBody = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('stamps'),
      ...common,
      rule: StampRule,
      stampsPerCard: count.max(100),
      reward: RewardInput,
      spendEstimate: SpendEstimate.optional(),
    }),
    z.object({
      kind: z.literal('points'),
      ...common,
      pointsPerEuro: count.max(1000),
      rounding: z.enum(['floor', 'nearest']).default('floor'),
      eligibleCategories: z.array(z.string().trim().min(1).max(60)).max(50).optional(),
      pointsAsMoney: PointsAsMoney.optional(),
      multipliers: z.array(PointsMultiplier).max(20).optional(),
      catalog: z
        .array(RewardInput.extend({ cost: count.max(10_000_000) }))
        .max(50)
        .optional(),
      spendEstimate: SpendEstimate.optional(),
    }),
  ])
  .openapi('ProgramInput');

export const UpdateProgramBody = z
  .object({
    ...common,
    // null removes a limit that was set (no minimum, vouchers that never expire, no expiry).
    minimumPurchaseCents: cents.nullable().optional(),
    voucherValidityDays: z.number().int().min(1).max(3650).nullable().optional(),
    expiry: Expiry.nullable().optional(),
    name: LocalizedInput.optional(),
    rule: StampRule.optional(),
    stampsPerCard: count.max(100).optional(),
    pointsPerEuro: count.max(1000).optional(),
    rounding: z.enum(['floor', 'nearest']).optional(),
    eligibleCategories: z.array(z.string().trim().min(1).max(60)).max(50).optional(),
    // null removes the rate (points no longer pay for purchases).
    pointsAsMoney: PointsAsMoneyShape.nullable().optional(),
    multipliers: z.array(PointsMultiplier).max(20).optional(),
    spendEstimate: SpendEstimate.optional(),
  })
  .openapi('ProgramChanges');

const Economics = z
  .object({
    spendNeededCents: z.number(),
    costPriceCents: z.number(),
    retailValueCents: z.number(),
    costRatioPercent: z.number(),
    perceivedValuePercent: z.number(),
    band: z.string().openapi({ description: 'below, within or above the 1–5 % guideline' }),
    reasonKey: z.string(),
  })
  .passthrough();

export const RewardSchema = z
  .object({
    id: z.string(),
    programId: z.string(),
    name: Localized,
    cost: z.number(),
    costPriceCents: z.number(),
    retailValueCents: z.number(),
    archived: z.boolean(),
    economics: Economics.nullable(),
    economicsUnavailable: z.string().nullable(),
  })
  .openapi('Reward');

export const ProgramSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['stamps', 'points']),
    name: Localized,
    version: z.number(),
    archivedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    rewards: z.array(RewardSchema),
    spendEstimate: z.object({
      averageBasketCents: z.number().optional(),
      averageItemPriceCents: z.number().optional(),
    }),
  })
  .passthrough()
  .openapi('Program');
