import { z } from '@hono/zod-openapi';
import type { listDeliveries } from '../../../repositories/webhooks.ts';

const WebhookAttempt = z
  .object({
    id: z.string(),
    attemptedAt: z.string(),
    succeeded: z.boolean(),
    responseStatus: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'HTTP status, null when none came' }),
    durationMs: z.number().int(),
    error: z.string().nullable(),
  })
  .openapi('WebhookAttempt');

export const WebhookDelivery = z
  .object({
    id: z.string(),
    eventId: z.string().openapi({ description: 'Sent as webhook-id, the same on every try' }),
    eventType: z.string(),
    status: z.enum(['pending', 'succeeded', 'failed']),
    nextAttemptAt: z.string().nullable(),
    createdAt: z.string(),
    attempts: z.array(WebhookAttempt),
  })
  .openapi('WebhookDelivery');

type Row = Awaited<ReturnType<typeof listDeliveries>>[number];

export const presentDelivery = (d: Row) => ({
  id: d.id,
  eventId: d.event_id,
  eventType: d.event_type,
  status: d.status,
  nextAttemptAt: d.next_attempt_at?.toISOString() ?? null,
  createdAt: d.created_at.toISOString(),
  attempts: d.tries.map((a) => ({
    id: a.id,
    attemptedAt: a.attempted_at.toISOString(),
    succeeded: a.succeeded,
    responseStatus: a.response_status,
    durationMs: a.duration_ms,
    error: a.error,
  })),
});
