import { z } from '@hono/zod-openapi';
import { Interval } from './customer-values.schemas.ts';

const IsoDate = z.iso.date();

/** The shop's seasons as the forecast uses them (docs/analytics/seasons.md). */
export const Seasons = z
  .object({
    status: z.enum(['estimated', 'too-short', 'off']),
    monthly: z
      .array(z.number())
      .length(12)
      .nullable()
      .openapi({ description: 'Factor of the purchase rate by month, January first, mean 1' }),
    extremes: z
      .object({
        peak: z.object({ month: z.number().int(), factor: z.number() }),
        trough: z.object({ month: z.number().int(), factor: z.number() }),
      })
      .nullable()
      .openapi({ description: 'Busiest and quietest months (0 = January); null for a flat year' }),
    coveredMonths: z
      .array(z.boolean())
      .length(12)
      .nullable()
      .openapi({ description: 'With less than a year of history: the months it covers' }),
    historyDays: z.number().int().nullable(),
    unseenShare: z.number().openapi({
      description:
        'Share of the forecast horizon in months the history never covered; their interval is widened',
    }),
    explanationKey: z.string(),
  })
  .openapi('Seasons');

/** The forecast made as if the last horizon had not happened, against what did. */
export const Backtest = z
  .object({
    status: z.enum(['done', 'too-short', 'no-model']),
    historyDays: z.number().int().nullable(),
    neededDays: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Twice the horizon: the history a backtest needs' }),
    result: z
      .object({
        heldOutFrom: IsoDate,
        heldOutTo: IsoDate,
        horizonDays: z.number().int(),
        customers: z.number().int(),
        model: z.enum(['bgNbd', 'paretoNbd', 'mbgNbd']),
        seasonal: z.boolean(),
        predictedPurchases: z.number(),
        predictedPurchasesInterval: Interval,
        actualPurchases: z.number().int(),
        predictedRevenueCents: z.number().nullable(),
        predictedRevenueIntervalCents: Interval,
        actualRevenueCents: z.number(),
        months: z.array(
          z.object({
            from: IsoDate,
            to: IsoDate,
            predictedPurchases: z.number(),
            actualPurchases: z.number().int(),
          }),
        ),
        deciles: z.array(
          z.object({
            decile: z.number().int(),
            customers: z.number().int(),
            predictedPurchases: z.number(),
            actualPurchases: z.number(),
          }),
        ),
        gini: z.number().nullable().openapi({
          description: 'Normalised Gini of the ranking: 1 = customers in the exact order',
        }),
      })
      .nullable(),
    explanationKey: z.string(),
  })
  .openapi('Backtest');
