import { z } from '@hono/zod-openapi';
import { Goal } from '../goals/goals.schemas.ts';

const Month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')
  .openapi({ example: '2026-11', description: 'A month of the shop’s calendar, YYYY-MM' });

export const EvaluationQuery = z.object({
  months: z.coerce.number().int().min(1).max(36).default(12),
  lastMonth: Month.optional().openapi({ description: 'Default: the current month (so far)' }),
});

export const MonthEvaluation = z
  .object({
    month: z.string(),
    activeCustomers: z.number().int().openapi({ description: 'Customers who bought in the month' }),
    newCustomers: z.number().int().openapi({ description: 'First purchase in the month' }),
    loyalCustomers: z.number().int().openapi({
      description: 'Bought in the month and in at least 3 distinct months of the 12 ending with it',
    }),
    purchases: z.number().int(),
    revenueCents: z.number().int(),
    averageBasketCents: z.number().int().nullable(),
    revenuePerCustomerCents: z.number().int().nullable(),
    referredCustomers: z
      .number()
      .int()
      .openapi({ description: 'Customers who joined through a referral in the month' }),
    referredNewCustomers: z
      .number()
      .int()
      .openapi({ description: 'New customers of the month who came through a referral' }),
  })
  .openapi('MonthEvaluation');

export const EvaluationResult = z
  .object({ currentMonth: z.string(), months: z.array(MonthEvaluation) })
  .openapi('ActionEvaluation');

export const MonthlyReportQuery = z.object({
  month: Month.optional().openapi({ description: 'Default: the last finished month' }),
});

export const MonthlyReportResult = z
  .object({
    shop: z.object({ name: z.string(), locale: z.enum(['fr', 'en']), currency: z.string() }),
    month: z.string(),
    complete: z.boolean().openapi({ description: 'false for the current month (so far)' }),
    current: MonthEvaluation,
    previous: MonthEvaluation,
    goals: z.array(Goal.omit({ series: true })),
    followUp: z.object({
      open: z.number().int(),
      items: z.array(
        z.object({
          id: z.string(),
          customerId: z.string(),
          firstName: z.string().nullable(),
          lastName: z.string().nullable(),
          phone: z.string().nullable(),
          reason: z.string(),
          details: z.record(z.string(), z.unknown()),
          note: z.string().nullable(),
          createdAt: z.string(),
        }),
      ),
    }),
  })
  .openapi('MonthlyReport');
