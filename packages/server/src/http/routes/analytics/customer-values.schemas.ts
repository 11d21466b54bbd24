import { z } from '@hono/zod-openapi';

export const RFM_SEGMENTS = [
  'champions',
  'loyal',
  'potentialLoyalist',
  'new',
  'promising',
  'needAttention',
  'aboutToSleep',
  'atRisk',
  'cantLoseThem',
  'hibernating',
  'lost',
] as const;

export const Freshness = z
  .object({
    computedAt: z.string().openapi({ description: 'When these figures were computed' }),
    dataAsOf: z
      .string()
      .nullable()
      .openapi({ description: 'Latest purchase or refund recorded when they were computed' }),
    computeMs: z.number().int(),
  })
  .openapi('AnalyticsFreshness');

const Localized = z.object({ fr: z.string(), en: z.string() });

/**
 * [low, high] of an 80 % interval: the uncertainty of the fitted parameters (docs/analytics/
 * models.md); null without a model or when the fit gave no standard errors.
 */
export const Interval = z.array(z.number()).length(2).nullable();

export const CustomerValue = z
  .object({
    id: z.string(),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    member: z.boolean(),
    memberSince: z.string().nullable(),
    customerSince: z.string(),
    purchases: z
      .number()
      .int()
      .openapi({ description: 'Purchases recorded, refunded ones left out' }),
    purchaseDays: z.number().int(),
    frequency: z
      .number()
      .int()
      .openapi({ description: 'Repeat purchase days (x = purchase days − 1)' }),
    recencyWeeks: z.number().openapi({ description: 'First to last purchase day (t_x), weeks' }),
    ageWeeks: z.number().openapi({ description: 'First purchase day to today (T), weeks' }),
    firstVisit: z.string().nullable().openapi({ description: 'Local date YYYY-MM-DD' }),
    lastVisit: z.string().nullable().openapi({ description: 'Local date YYYY-MM-DD' }),
    daysSinceLastVisit: z.number().int().nullable(),
    totalSpendCents: z.number(),
    annualSpendCents: z.number().openapi({ description: 'Net spend over the last 365 days' }),
    averageBasketCents: z.number().nullable(),
    rfm: z
      .object({
        recency: z.number().int(),
        frequency: z.number().int(),
        monetary: z.number().int(),
        segment: z.enum(RFM_SEGMENTS),
        label: Localized,
      })
      .nullable(),
    pAlive: z
      .number()
      .nullable()
      .openapi({ description: 'P(still a customer), null without a model' }),
    pAliveInterval: Interval.openapi({ description: '80 % interval of `pAlive`' }),
    risk: z.enum(['low', 'medium', 'high']).nullable(),
    expectedPurchases: z
      .number()
      .nullable()
      .openapi({ description: 'Expected purchase days over the horizon' }),
    expectedPurchasesInterval: Interval.openapi({
      description: '80 % interval of `expectedPurchases`',
    }),
    expectedAverageSpendCents: z.number().nullable(),
    predictedClvCents: z
      .number()
      .nullable()
      .openapi({ description: 'Discounted margin over the horizon' }),
    predictedClvIntervalCents: Interval.openapi({
      description: '80 % interval of `predictedClvCents`, in cents',
    }),
    simpleClvCents: z.number().nullable(),
  })
  .openapi('CustomerValue');

export const CustomerValueQuery = z.object({
  segment: z.enum(RFM_SEGMENTS).optional(),
  tag: z.string().trim().min(1).max(40).optional(),
  query: z.string().max(100).optional().openapi({ description: 'Name, email or company contains' }),
  sort: z
    .enum(['value', 'predictedValue', 'risk', 'lastVisit', 'frequency'])
    .default('value')
    .openapi({
      description:
        '`value`: spending over the last 12 months (`annualSpendCents`); `predictedValue`: `predictedClvCents`; `risk`: 1 − P(alive); `lastVisit`; `frequency`: purchases',
    }),
  order: z.enum(['asc', 'desc']).default('desc'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

export const CustomerValuePage = z
  .object({ items: z.array(CustomerValue), total: z.number().int(), freshness: Freshness })
  .openapi('CustomerValuePage');

export const CustomerValueDetail = z
  .object({ customer: CustomerValue, freshness: Freshness })
  .openapi('CustomerValueDetail');
