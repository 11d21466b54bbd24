import { B2B_THRESHOLD_LIMITS } from '@habitue/loyalty';
import { z } from '@hono/zod-openapi';

const Step = z
  .object({
    fromCents: z
      .number()
      .int()
      .min(1)
      .max(B2B_THRESHOLD_LIMITS.fromCentsMax)
      .openapi({ description: 'From this spend over the period, in cents', example: 50_000 }),
    percent: z
      .number()
      .int()
      .min(1)
      .max(B2B_THRESHOLD_LIMITS.percentMax)
      .openapi({ description: 'Whole percent off each purchase', example: 3 }),
  })
  .strict()
  .openapi('B2bThresholdStep');

export const B2bThresholdsSchema = z
  .object({
    periodMonths: z.number().int().min(1).max(B2B_THRESHOLD_LIMITS.periodMonthsMax).openapi({
      description: 'Spend is counted over this many months up to the purchase (12: the last year)',
      example: 12,
    }),
    steps: z.array(Step).max(B2B_THRESHOLD_LIMITS.stepsMax).openapi({
      description:
        'Climbing steps (each from more spend, each more percent off); empty: no volume discount',
    }),
  })
  .strict()
  .openapi('B2bThresholds');

/** The card's `tradeDiscount` (the staff card and the public card). */
export const TradeDiscountCardField = {
  tradeDiscount: z
    .object({
      account: z.string().openapi({ description: 'The business account the customer buys for' }),
      periodMonths: z.number().int(),
      percent: z.number().int().openapi({ description: 'The step reached (0 below the first)' }),
      next: z
        .object({ percent: z.number().int(), spendLeftCents: z.number().int() })
        .nullable()
        .openapi({ description: 'The next step and what the account still has to buy for it' }),
    })
    .nullable()
    .openapi({
      description:
        'The volume discount of the customer’s business account; null for a customer with no account or a shop without steps',
    }),
};
