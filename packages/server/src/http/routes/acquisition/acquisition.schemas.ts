import { z } from '@hono/zod-openapi';
import { MAX_REPORT_MONTHS } from '../../../use-cases/acquisition/report-acquisition.ts';

export const Month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .openapi({ example: '2026-11', description: 'A month, YYYY-MM' });

export const ChannelKeySchema = z.string().openapi('AcquisitionChannelKey', {
  description:
    "Where customers came from: 'referral', 'imported', 'unknown', or 'channel:<id>' for one of the shop's answers",
  example: 'referral',
});

export const Channel = z
  .object({
    id: z.string(),
    label: z.string(),
    position: z.number().int(),
    archived: z.boolean(),
  })
  .openapi('AcquisitionChannel');

export const ChannelInput = z
  .object({ label: z.string().trim().min(1).max(60).openapi({ example: 'Instagram' }) })
  .openapi('AcquisitionChannelInput');

export const ChannelChanges = z
  .object({
    label: z.string().trim().min(1).max(60).optional(),
    position: z.number().int().min(0).max(1000).optional(),
    archived: z.boolean().optional(),
  })
  .openapi('AcquisitionChannelChanges');

export const Budget = z.enum(['development', 'loyalty']).openapi('AcquisitionBudget', {
  description: 'development: bringing new customers; loyalty: keeping them (seed 003)',
});

export const SpendEntry = z
  .object({
    month: Month,
    budget: Budget,
    channel: z.string().max(80).nullable().openapi({
      description:
        "'referral' or 'channel:<id>' for development money; null: not tied to a channel",
      example: 'referral',
    }),
    amountCents: z.number().int().min(0).max(10_000_000_000),
  })
  .openapi('AcquisitionSpend');

export const CustomerAcquisition = z
  .object({
    channel: ChannelKeySchema,
    answer: z
      .object({
        channelId: z.string(),
        label: z.string(),
        recordedBy: z.enum(['signup', 'staff']),
        recordedAt: z.string(),
      })
      .nullable(),
    referred: z.boolean(),
    imported: z.boolean(),
  })
  .openapi('CustomerAcquisition');

const Payback = z
  .object({
    costPerCustomerCents: z.number().int().nullable(),
    paybackMonths: z.number().int().nullable(),
    status: z.enum(['paid_back', 'not_yet', 'no_cost']),
    curve: z.array(
      z.object({
        month: z.number().int(),
        customersObserved: z.number().int(),
        averageMarginCents: z.number().int(),
      }),
    ),
  })
  .openapi('AcquisitionPayback');

export const ReportQuery = z.object({
  months: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_REPORT_MONTHS)
    .default(12)
    .openapi({ param: { name: 'months', in: 'query' }, example: 12 }),
});

export const AcquisitionReport = z
  .object({
    asOf: z.string(),
    fromMonth: z.string(),
    toMonth: z.string(),
    marginRate: z.number(),
    channels: z.array(
      z.object({ key: ChannelKeySchema, label: z.string().nullable(), archived: z.boolean() }),
    ),
    months: z.array(
      z.object({
        month: z.string(),
        newCustomers: z.array(z.object({ channel: ChannelKeySchema, count: z.number().int() })),
        acquired: z.number().int(),
        developmentCents: z.number().int(),
        loyaltyCents: z.number().int(),
        costPerCustomerCents: z.number().int().nullable(),
      }),
    ),
    byChannel: z.array(
      z.object({
        channel: ChannelKeySchema,
        newCustomers: z.number().int(),
        spendCents: z.number().int(),
        costPerCustomerCents: z.number().int().nullable(),
        payback: Payback.nullable(),
      }),
    ),
    total: z.object({
      acquired: z.number().int(),
      developmentCents: z.number().int(),
      loyaltyCents: z.number().int(),
      costPerCustomerCents: z.number().int().nullable(),
      payback: Payback,
    }),
    capital: z.object({
      from: z.string(),
      to: z.string(),
      revenueCents: z.number().int(),
      years: z.array(
        z.object({
          year: z.number().int(),
          andMore: z.boolean(),
          customers: z.number().int(),
          activeCustomers: z.number().int(),
          revenueCents: z.number().int(),
          revenueShare: z.number(),
          revenuePerActiveCents: z.number().int().nullable(),
          retentionRate: z.number().nullable(),
        }),
      ),
    }),
  })
  .openapi('AcquisitionReport');
