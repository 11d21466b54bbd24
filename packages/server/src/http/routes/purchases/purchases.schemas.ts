import { z } from '@hono/zod-openapi';
import { Uuid } from '../openapi.ts';
import { Localized } from '../programs/programs.schemas.ts';
import { TierCardSchema, TierLevelShown } from '../tiers/tiers.schemas.ts';

export const CustomerRef = {
  customerId: Uuid.optional(),
  cardToken: z
    .string()
    .min(8)
    .max(64)
    .optional()
    .openapi({ description: 'From a scanned card, instead of customerId' }),
};

export const onlyOneCustomerRef = (v: {
  customerId?: string | undefined;
  cardToken?: string | undefined;
}) => (v.customerId === undefined) !== (v.cardToken === undefined);

const Items = z
  .array(
    z.object({
      sku: z.string().max(64),
      name: z.string().max(200),
      category: z.string().max(60),
      quantity: z.number().int().min(1).max(10_000),
      unitPriceCents: z.number().int().min(0).max(100_000_000),
    }),
  )
  .max(500);

const DiscountKind = z
  .enum(['tier', 'club', 'welcome', 'b2b_threshold', 'promo_code', 'points'])
  .openapi('DiscountKind');

/** One line of a quote: what an offer took off. */
export const Discount = z
  .object({
    kind: DiscountKind,
    label: z
      .string()
      .max(120)
      .openapi({ description: 'The shop’s own name: the tier, the promo code, the club…' }),
    percent: z.number().int().min(0).max(100).optional(),
    amountCents: z.number().int().min(0).max(100_000_000),
  })
  .openapi('Discount');

export const PromoCodeField = z
  .string()
  .trim()
  .min(2)
  .max(32)
  .openapi({ description: 'As typed: compared trimmed and upper-cased', example: 'NOEL10' });

export const QuoteBody = z
  .object({
    ...CustomerRef,
    amountCents: z
      .number()
      .int()
      .min(0)
      .max(100_000_000)
      .openapi({ example: 2500, description: 'The amount before discounts' }),
    items: Items.optional(),
    promoCode: PromoCodeField.optional(),
  })
  .refine(onlyOneCustomerRef, {
    message: 'give exactly one of customerId or cardToken',
    path: ['customerId'],
  })
  .openapi('QuoteInput');

export const QuoteResult = z
  .object({
    customerId: z.string(),
    amountCents: z.number().int(),
    discounts: z.array(Discount),
    amountDueCents: z.number().int(),
    notApplied: z
      .array(
        z.object({
          kind: DiscountKind,
          label: z.string(),
          reason: z.enum(['not_first_purchase', 'threshold_not_reached', 'below_minimum']),
          minimumPurchaseCents: z.number().int().optional(),
        }),
      )
      .openapi({ description: 'Offers that took nothing off, and why ("code valable dès 20 €")' }),
  })
  .openapi('QuoteResult');

export const PurchaseBody = z
  .object({
    ...CustomerRef,
    amountCents: z
      .number()
      .int()
      .min(0)
      .max(100_000_000)
      .openapi({ example: 1250, description: 'What the customer paid, after discounts' }),
    discounts: z.array(Discount).max(20).optional().openapi({
      description: 'The discounts applied before payment, as the quote answered them',
    }),
    promoCode: PromoCodeField.optional().openapi({
      description:
        'The promo code used: checked (dates, uses, per-customer limit) and its use counted with the sale',
    }),
    occurredAt: z.iso.datetime({ offset: true }).optional().openapi({
      description:
        'Defaults to now. From 2000-01-01 and at most 5 minutes ahead; earlier dates are refused (422, field code `too_early`)',
    }),
    locationId: Uuid.optional(),
    externalId: z
      .string()
      .trim()
      .min(1)
      .max(128)
      .optional()
      .openapi({ description: "Your system's id: a resend never earns twice" }),
    items: Items.optional(),
  })
  .refine(onlyOneCustomerRef, {
    message: 'give exactly one of customerId or cardToken',
    path: ['customerId'],
  })
  .openapi('PurchaseInput');

const Voucher = z.object({
  code: z.string(),
  rewardId: z.string(),
  rewardName: Localized.nullable().optional(),
  programId: z.string().optional(),
  issuedAt: z.string().optional(),
  expiresAt: z.string().nullable(),
});

export const CardProgram = z
  .object({
    programId: z.string(),
    programName: Localized,
    kind: z.enum(['stamps', 'points']),
    archived: z.boolean(),
    unit: z.enum(['stamps', 'points']),
    balance: z.number(),
    progress: z
      .object({ current: z.number(), target: z.number(), rewardId: z.string() })
      .nullable(),
    redeemableRewardIds: z.array(z.string()),
    vouchers: z.array(Voucher),
    expiry: z
      .object({
        lastActivityAt: z.string(),
        expiresAt: z.string(),
        noticeAt: z.string(),
        amount: z.number(),
      })
      .nullable(),
    clawbackOwed: z.number(),
  })
  .openapi('CardProgram');

export const PurchaseResult = z
  .object({
    purchaseId: z.string(),
    customerId: z.string(),
    amountCents: z.number(),
    occurredAt: z.string(),
    externalId: z.string().nullable(),
    replayed: z
      .boolean()
      .openapi({ description: 'true when this externalId was already recorded' }),
    awarded: z.array(z.object({ programId: z.string(), amount: z.number(), unit: z.string() })),
    notEarned: z.array(
      z.object({
        programId: z.string(),
        code: z.string(),
        detail: z.record(z.string(), z.unknown()),
      }),
    ),
    unlocked: z.array(Voucher),
    card: z.array(CardProgram),
    tier: TierCardSchema.optional().openapi({
      description: 'The tier after this purchase (absent on a re-sent externalId)',
    }),
    tierLevel: TierLevelShown.optional(),
  })
  .openapi('PurchaseResult');

export const RefundBody = z
  .object({
    amountCents: z
      .number()
      .int()
      .min(1)
      .max(100_000_000)
      .optional()
      .openapi({ description: 'Defaults to what remains of the purchase' }),
    reason: z.string().trim().max(300).optional(),
  })
  .openapi('RefundInput');

export const RefundResult = z
  .object({
    refundId: z.string(),
    purchaseId: z.string(),
    customerId: z.string(),
    amountCents: z.number(),
    remainingCents: z.number(),
    reversed: z.array(
      z.object({ programId: z.string(), amount: z.number(), shortfall: z.number() }),
    ),
    voidedVouchers: z.array(z.string()),
    card: z.array(CardProgram),
  })
  .openapi('RefundResult');

export const PlausibleAmount = z
  .object({
    confirmAboveCents: z.number().int(),
    basis: z
      .enum(['history', 'default'])
      .openapi({ description: 'history: the last year of purchases; default: too few yet' }),
    purchasesConsidered: z.number().int(),
  })
  .openapi('PlausibleAmount');
