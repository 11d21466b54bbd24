import { z } from '@hono/zod-openapi';
import { CustomerValue, Freshness, Interval, RFM_SEGMENTS } from './customer-values.schemas.ts';
import { Backtest, Seasons } from './forecast-check.schemas.ts';

const IsoDate = z.iso.date();

export const OverviewQuery = z.object({
  from: IsoDate.optional().openapi({
    description: 'First day (local), default a year before `to`',
  }),
  to: IsoDate.optional().openapi({ description: 'Last day (local, included), default today' }),
});

const Activity = z.object({
  customers: z.number().int(),
  purchases: z.number().int(),
  revenueCents: z.number(),
  purchasesPerCustomer: z.number().nullable(),
  purchasesPerCustomerPerMonth: z.number().nullable(),
  averageOrderValueCents: z.number().nullable(),
});

const ModelFit = z.union([
  z.object({
    status: z.literal('fitted'),
    params: z.record(z.string(), z.number()),
    standardErrors: z
      .record(z.string(), z.number())
      .nullable()
      .openapi({ description: 'Standard errors of `params` (Hessian at the optimum)' }),
    logLikelihood: z.number(),
    warnings: z.array(
      z.object({
        code: z.enum(['no-dropout']).openapi({
          description:
            '`no-dropout`: almost no customer seems to leave; the fit is the limit where nobody does',
        }),
      }),
    ),
    seconds: z.number(),
  }),
  z.object({ status: z.literal('failed'), reason: z.string(), message: z.string() }),
]);

const Localized = z.object({ fr: z.string(), en: z.string() });

export const Overview = z
  .object({
    period: z.object({
      from: z.string(),
      to: z.string(),
      days: z.number().int(),
      previousFrom: z.string(),
      previousTo: z.string(),
    }),
    freshness: Freshness,
    settings: z.object({
      marginRate: z.number(),
      monthlyDiscountRate: z.number(),
      horizonMonths: z.number().int(),
      slippingAwayPAlive: z.number(),
      maxAgeMinutes: z.number(),
    }),
    customers: z.object({
      total: z.number().int(),
      members: z.number().int(),
      activeInPeriod: z.number().int(),
      activeInPreviousPeriod: z.number().int(),
      explanationKey: z.string(),
    }),
    retention: z.object({
      atStart: z.number().int(),
      atEnd: z.number().int(),
      newDuringPeriod: z.number().int(),
      retained: z.number().int(),
      reactivated: z.number().int(),
      lost: z.number().int(),
      crrPercent: z.number().nullable(),
      strictRetentionPercent: z.number().nullable(),
      churnPercent: z.number().nullable(),
      formula: z.string(),
      explanationKey: z.string(),
    }),
    activity: z.object({ current: Activity, previous: Activity, explanationKey: z.string() }),
    membersVsNonMembers: z.object({
      members: Activity.extend({ group: z.string() }),
      nonMembers: Activity.extend({ group: z.string() }),
      explanationKey: z.string(),
    }),
    simpleClv: z.object({
      clvCents: z.number().nullable(),
      inputs: z
        .object({
          averageBasketCents: z.number(),
          purchasesPerYear: z.number(),
          yearsOfRelationship: z.number(),
        })
        .nullable(),
      annualChurnPercent: z.number().nullable(),
      formula: z.string(),
      explanationKey: z.string(),
    }),
    predictiveClv: z.object({
      averageCents: z.number().nullable(),
      averageIntervalCents: Interval,
      totalCents: z.number().nullable(),
      totalIntervalCents: Interval,
      customers: z.number().int(),
      sufficiency: z
        .object({
          customers: z.number().int(),
          repeatCustomers: z.number().int(),
          months: z.number().int(),
          level: z.enum(['too-little', 'trend', 'customer']),
        })
        .openapi({
          description:
            'What the estimates rest on: `trend` is enough for totals and rankings, not for one customer to the euro',
        }),
      models: z.object({
        bgNbd: ModelFit,
        paretoNbd: ModelFit,
        gammaGamma: ModelFit,
        chosen: z.enum(['bgNbd', 'paretoNbd']).nullable(),
        customers: z.number().int(),
        repeatCustomers: z.number().int(),
        minimumCustomers: z.number().int(),
        minimumRepeatCustomers: z.number().int(),
      }),
      horizonMonths: z.number().int(),
      marginRate: z.number(),
      monthlyDiscountRate: z.number(),
      explanationKey: z.string(),
    }),
    seasons: Seasons,
    backtest: Backtest,
    revenueTrend: z.object({
      months: z.array(
        z.object({ month: z.string(), revenueCents: z.number(), purchases: z.number().int() }),
      ),
      explanationKey: z.string(),
    }),
    segments: z.object({
      items: z.array(
        z.object({
          segment: z.enum(RFM_SEGMENTS),
          label: Localized,
          customers: z.number().int(),
          revenueCents: z.number(),
          revenueShare: z.number(),
        }),
      ),
      explanationKey: z.string(),
    }),
    pareto: z.object({
      customers: z.number().int(),
      top20Share: z.number().nullable(),
      gini: z.number().nullable(),
      lorenz: z.array(z.object({ customerShare: z.number(), valueShare: z.number() })),
      explanationKey: z.string(),
    }),
    slippingAway: z.object({
      /** Which view chose the customers: the model's P(alive) or the RFM segments. */
      basis: z.enum(['model', 'rfm']),
      /**
       * Why that view: the model sees departures; no model was fitted; the model was fitted at
       * its no-dropout boundary (it assumes nobody leaves); nobody is under the threshold.
       */
      basisReason: z.enum(['model', 'no-model', 'no-dropout', 'nobody-leaving']),
      total: z.number().int(),
      customers: z.array(CustomerValue),
      explanationKey: z.string(),
    }),
  })
  .openapi('AnalyticsOverview');
