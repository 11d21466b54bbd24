import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { listOutbox } from '../../../use-cases/mail/list-outbox.ts';
import { resendOutboxMessage } from '../../../use-cases/mail/resend-outbox-message.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonRoute, SECURITY, STANDARD_ERRORS } from '../openapi.ts';
import { merchantScope } from '../scope.ts';

const OutboxStatus = z.enum(['held', 'queued', 'sending', 'sent', 'failed', 'uncertain']);

const OutboxMessage = z
  .object({
    id: z.string(),
    kind: z.enum(['transactional', 'marketing']),
    channel: z.enum(['email', 'sms']),
    segments: z.number().int().nullable().openapi({
      description: 'Text messages: how many SMS the provider bills for the text (null for mail)',
    }),
    category: z.string(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    status: OutboxStatus.openapi({
      description:
        '`held`: kept here, no SMTP server configured; `uncertain`: the sending was interrupted and the relay may have it (resend only on purpose)',
    }),
    attempts: z.number().int(),
    lastReply: z.string().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    nextAttemptAt: z.string().nullable(),
  })
  .openapi('OutboxMessage');

const list = jsonRoute({
  method: 'get',
  path: '/api/v1/outbox',
  tags: ['Mail'],
  summary: "The shop's messages, newest first (Réglages → Messages envoyés)",
  request: {
    query: z.object({
      limit: z.coerce.number().int().min(1).max(100).default(50),
      before: z.iso.datetime({ offset: true }).optional(),
    }),
  },
  responseSchema: z.object({
    items: z.array(OutboxMessage),
    delivery: z.enum(['smtp', 'outbox_only']).openapi({
      description: '`outbox_only`: no SMTP server is configured, nothing leaves the machine',
    }),
    smsDelivery: z.enum(['provider', 'outbox_only']).openapi({
      description: '`outbox_only`: no SMS provider is configured, text messages stay here',
    }),
  }),
  responseDescription: 'Messages',
});

const resend = createRoute({
  method: 'post',
  path: '/api/v1/outbox/{id}/resend',
  tags: ['Mail'],
  summary: 'Send again a message whose delivery failed or is uncertain (owner only)',
  security: SECURITY,
  request: { params: IdParams },
  responses: { 204: { description: 'Queued again' }, ...STANDARD_ERRORS },
});

export function registerOutboxRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const items = await listOutbox(merchantScope(c), c.req.valid('query'));
    const { mailer } = c.get('services');
    const delivery = mailer.sends ? 'smtp' : 'outbox_only';
    const smsDelivery = mailer.sendsSms ? 'provider' : 'outbox_only';
    return c.json({ items, delivery, smsDelivery } as const, 200);
  });
  app.openapi(resend, async (c) => {
    const scope = merchantScope(c);
    await resendOutboxMessage(scope, c.get('services').mailer, c.req.valid('param').id);
    return c.body(null, 204);
  });
}
