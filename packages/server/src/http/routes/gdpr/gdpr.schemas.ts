import { z } from '@hono/zod-openapi';
import { ClubAndCauseDataFields } from '../club/club.schemas.ts';

const at = z.string();
const maybeAt = z.string().nullable();

/** One customer's complete data (GDPR access and portability), as JSON. */
export const CustomerDataExport = z
  .object({
    exportedAt: at,
    customer: z.object({
      id: z.string(),
      firstName: z.string().nullable(),
      lastName: z.string().nullable(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      birthday: z.string().nullable().openapi({ description: 'MM-DD' }),
      company: z.string().nullable(),
      externalRef: z.string().nullable(),
      cardUrl: z.string().nullable().openapi({ description: 'null once erased' }),
      customerSince: at,
      memberSince: maybeAt,
      erasedAt: maybeAt,
      createdAt: at,
      updatedAt: at,
    }),
    consents: z.array(
      z.object({
        channel: z.enum(['email', 'sms', 'post']),
        granted: z.boolean(),
        recordedAt: at,
        source: z.string(),
        wordingVersion: z.string(),
      }),
    ),
    tags: z.array(z.string()),
    notes: z.array(
      z.object({ id: z.string(), body: z.string(), author: z.string(), createdAt: at }),
    ),
    purchases: z.array(
      z.object({
        id: z.string(),
        occurredAt: at,
        amountCents: z.number().int(),
        items: z.array(z.unknown()).nullable(),
        source: z.string(),
        locationId: z.string().nullable(),
        refunds: z.array(
          z.object({
            id: z.string(),
            amountCents: z.number().int(),
            reason: z.string().nullable(),
            createdAt: at,
          }),
        ),
      }),
    ),
    ledger: z.array(
      z.object({
        id: z.string(),
        programId: z.string(),
        kind: z.string(),
        unit: z.enum(['stamps', 'points']),
        delta: z.number().int(),
        cause: z.string(),
        causeRef: z.string().nullable(),
        occurredAt: at,
      }),
    ),
    vouchers: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        rewardId: z.string(),
        cost: z.number().int(),
        unit: z.enum(['stamps', 'points']),
        issuedAt: at,
        expiresAt: maybeAt,
        state: z.enum(['open', 'used', 'voided']),
        stateAt: maybeAt,
      }),
    ),
    adjustments: z.array(
      z.object({
        id: z.string(),
        programId: z.string(),
        delta: z.number().int(),
        reasonCode: z.string(),
        reason: z.string().nullable(),
        occurredAt: at,
      }),
    ),
    ...ClubAndCauseDataFields,
    interactions: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        occurredAt: at,
        minutesSpent: z.number().int(),
        outcome: z.string().nullable(),
        concededCents: z.number().int(),
        disputeStatus: z.string().nullable(),
      }),
    ),
    surveyAnswers: z.array(
      z.object({
        surveyId: z.string(),
        surveyTitle: z.string(),
        answers: z.record(z.string(), z.unknown()),
        npsScore: z.number().int().nullable(),
        channel: z.string(),
        answeredAt: at,
      }),
    ),
    followUps: z.array(
      z.object({
        id: z.string(),
        reason: z.string(),
        note: z.string().nullable(),
        status: z.string(),
        outcome: z.string().nullable(),
        createdAt: at,
        doneAt: at.nullable(),
      }),
    ),
    messages: z.array(
      z.object({
        id: z.string(),
        category: z.string(),
        subject: z.string(),
        text: z.string(),
        status: z.string(),
        createdAt: at,
        sentAt: maybeAt,
      }),
    ),
    webhookDeliveries: z.array(
      z.object({
        id: z.string(),
        eventId: z.string(),
        eventType: z.string(),
        status: z.string(),
        createdAt: at,
        body: z.unknown(),
      }),
    ),
    history: z.array(
      z.object({ id: z.string(), occurredAt: at, actor: z.string(), action: z.string() }),
    ),
  })
  .openapi('CustomerDataExport');

export const Erasure = z
  .object({ id: z.string(), erasedAt: z.string() })
  .openapi('CustomerErasure');

export const RetentionNotices = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        firstName: z.string().nullable(),
        lastName: z.string().nullable(),
        lastActivityAt: z.string(),
        anonymisedOn: z
          .string()
          .openapi({ description: '3 years after the last activity, unless they come back' }),
      }),
    ),
    more: z.boolean().openapi({ description: 'More customers are due than listed' }),
  })
  .openapi('RetentionNotices');
