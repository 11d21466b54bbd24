import { CAUSE_LIMITS } from '@habitue/loyalty';
import { z } from '@hono/zod-openapi';
import { Uuid } from '../openapi.ts';

const Rule = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('percent'),
        basisPoints: z
          .number()
          .int()
          .min(1)
          .max(CAUSE_LIMITS.basisPointsMax)
          .openapi({ description: 'Hundredths of a percent of the amount paid: 250 = 2,5 %' }),
      })
      .strict(),
    z
      .object({
        kind: z.literal('per_visit'),
        cents: z
          .number()
          .int()
          .min(1)
          .max(CAUSE_LIMITS.perVisitCentsMax)
          .openapi({ description: 'A fixed amount per purchase (never more than the purchase)' }),
      })
      .strict(),
  ])
  .openapi('CauseShareRule');

const Cause = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  active: z.boolean(),
});

export const CausesResult = z
  .object({
    settings: z
      .object({ rule: Rule, defaultCauseId: z.string(), customersChoose: z.boolean() })
      .nullable(),
    causes: z.array(Cause),
  })
  .openapi('Causes');

export const CreatedCauseResult = CausesResult.extend({ id: z.string() }).openapi('CreatedCause');

export const CauseBody = z
  .object({
    name: z
      .string()
      .trim()
      .min(1)
      .max(CAUSE_LIMITS.nameMaxLength)
      .openapi({ example: 'SPA de Montreuil' }),
    description: z.string().trim().max(CAUSE_LIMITS.descriptionMaxLength).nullable().optional(),
  })
  .strict()
  .openapi('CauseInput');

export const CausePatch = z
  .object({
    name: z.string().trim().min(1).max(CAUSE_LIMITS.nameMaxLength).optional(),
    description: z.string().trim().max(CAUSE_LIMITS.descriptionMaxLength).nullable().optional(),
    active: z
      .boolean()
      .optional()
      .openapi({ description: 'false archives it; what it was given stays owed' }),
  })
  .strict()
  .openapi('CausePatch');

export const CauseSettingsBody = z
  .object({
    rule: Rule,
    defaultCauseId: Uuid,
    customersChoose: z
      .boolean()
      .openapi({ description: 'Customers may choose among the active causes' }),
  })
  .strict()
  .openapi('CauseSettingsInput');

const Day = z.iso.date().openapi({ example: '2026-12-31', description: 'YYYY-MM-DD, shop time' });

export const PeriodQuery = z
  .object({ from: Day, to: Day })
  .refine((q) => q.from <= q.to, { message: 'from after to', path: ['to'] });

export const CauseTotalsResult = z
  .object({
    from: z.string(),
    to: z.string(),
    causes: z.array(
      z.object({
        causeId: z.string(),
        name: z.string(),
        givenCents: z.number().int(),
        takenBackCents: z
          .number()
          .int()
          .openapi({ description: 'What refunds in the period took back' }),
        netCents: z.number().int(),
        paidCents: z.number().int().openapi({ description: 'Payments made to it in the period' }),
        owedCents: z.number().int().openapi({ description: 'Owed at the end of the period' }),
      }),
    ),
    payments: z.array(
      z.object({
        id: z.string(),
        causeId: z.string(),
        amountCents: z.number().int(),
        paidOn: z.string(),
        reference: z.string().nullable(),
      }),
    ),
  })
  .openapi('CauseTotals');

export const CausePaymentBody = z
  .object({
    amountCents: z.number().int().min(1).max(100_000_000),
    paidOn: Day,
    reference: z
      .string()
      .trim()
      .max(120)
      .nullable()
      .optional()
      .openapi({ example: 'Virement 2026-12' }),
  })
  .strict()
  .openapi('CausePaymentInput');

export const CausePaymentResult = z
  .object({
    id: z.string(),
    causeId: z.string(),
    amountCents: z.number().int(),
    paidOn: z.string(),
    owedCents: z.number().int(),
  })
  .openapi('CausePayment');

export const CustomerCauseResult = z
  .object({
    cause: z
      .object({ id: z.string(), name: z.string(), description: z.string().nullable() })
      .nullable(),
    customersChoose: z.boolean(),
    given: z.array(
      z.object({ causeId: z.string(), name: z.string(), givenCents: z.number().int() }),
    ),
  })
  .openapi('CustomerCause');

export const CustomerCauseBody = z.object({ causeId: Uuid }).strict().openapi('CustomerCauseInput');

export const CauseFileQuery = z
  .object({
    from: Day,
    to: Day,
    format: z.enum(['csv', 'xlsx']).default('csv'),
    locale: z.enum(['fr', 'en']).default('fr'),
  })
  .refine((q) => q.from <= q.to, { message: 'from after to', path: ['to'] });
