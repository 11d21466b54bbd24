import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { WebhookRow } from '../../../repositories/webhooks.ts';
import { createWebhook } from '../../../use-cases/webhooks/create-webhook.ts';
import { deleteWebhook } from '../../../use-cases/webhooks/delete-webhook.ts';
import { getWebhook } from '../../../use-cases/webhooks/get-webhook.ts';
import { listWebhookDeliveries } from '../../../use-cases/webhooks/list-webhook-deliveries.ts';
import { listWebhooks } from '../../../use-cases/webhooks/list-webhooks.ts';
import { redeliverWebhook } from '../../../use-cases/webhooks/redeliver-webhook.ts';
import { updateWebhook } from '../../../use-cases/webhooks/update-webhook.ts';
import { WEBHOOK_EVENTS } from '../../../webhooks/events.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonBody, jsonRoute, SECURITY, Uuid } from '../openapi.ts';
import { merchantScope } from '../scope.ts';
import { presentDelivery, WebhookDelivery } from './webhook-delivery.schema.ts';

const EventType = z.enum(WEBHOOK_EVENTS).openapi('WebhookEventType');
const Url = z.string().trim().min(1).max(2000).openapi({
  example: 'https://example.com/habitue/webhooks',
  description: 'http(s), public address',
});
const Events = z.array(EventType).min(1).max(WEBHOOK_EVENTS.length);

const Webhook = z
  .object({
    id: z.string(),
    url: z.string(),
    events: z.array(EventType),
    active: z.boolean().openapi({ description: 'A paused webhook receives nothing' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Webhook');

const present = (r: WebhookRow) => ({
  id: r.id,
  url: r.url,
  events: WEBHOOK_EVENTS.filter((e) => r.events.includes(e)),
  active: r.active,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

const tags = ['Webhooks'];
const DeliveryParams = IdParams.extend({
  deliveryId: Uuid.openapi({ param: { name: 'deliveryId', in: 'path' } }),
});

const list = jsonRoute({
  method: 'get',
  path: '/api/v1/webhooks',
  tags,
  summary: 'Webhooks of this business (owner, or keys with webhooks:manage)',
  responseSchema: z.object({ items: z.array(Webhook) }),
  responseDescription: 'Webhooks, newest first',
});

const create = jsonRoute({
  method: 'post',
  path: '/api/v1/webhooks',
  tags,
  summary: 'Register a webhook; its signing secret is in this response only',
  request: jsonBody(z.object({ url: Url, events: Events })),
  status: 201,
  responseSchema: Webhook.extend({
    secret: z
      .string()
      .openapi({ description: 'whsec_ + base64 of the key bytes; never shown again' }),
  }),
  responseDescription: 'Created; store `secret` now',
});

const get = jsonRoute({
  method: 'get',
  path: '/api/v1/webhooks/{id}',
  tags,
  summary: 'One webhook',
  request: { params: IdParams },
  responseSchema: Webhook,
  responseDescription: 'The webhook',
});

const update = jsonRoute({
  method: 'patch',
  path: '/api/v1/webhooks/{id}',
  tags,
  summary: 'Change the URL or the events, or pause/resume a webhook',
  request: {
    params: IdParams,
    ...jsonBody(
      z.object({ url: Url.optional(), events: Events.optional(), active: z.boolean().optional() }),
    ),
  },
  responseSchema: Webhook,
  responseDescription: 'Changed',
});

const remove = createRoute({
  method: 'delete',
  path: '/api/v1/webhooks/{id}',
  tags,
  summary: 'Delete a webhook and its delivery history',
  security: SECURITY,
  request: { params: IdParams },
  responses: { 204: { description: 'Deleted' } },
});

const deliveries = jsonRoute({
  method: 'get',
  path: '/api/v1/webhooks/{id}/deliveries',
  tags,
  summary: 'Latest deliveries of a webhook, each with every try',
  request: {
    params: IdParams,
    query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
  },
  responseSchema: z.object({ items: z.array(WebhookDelivery) }),
  responseDescription: 'Deliveries, newest first',
});

const redeliver = jsonRoute({
  method: 'post',
  path: '/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver',
  tags,
  summary: 'Send a delivery again now (same webhook-id and body)',
  request: { params: DeliveryParams },
  status: 202,
  responseSchema: z.object({ deliveryId: z.string(), queuedAt: z.string() }),
  responseDescription: 'Queued; the try appears in the deliveries once made',
});

export function registerWebhookRoutes(app: OpenAPIHono<AppEnv>) {
  const policy = (c: Context<AppEnv>) => ({
    allowPrivate: c.get('services').config.webhooks?.allowPrivate ?? false,
  });
  app.openapi(list, async (c) => {
    const rows = await listWebhooks(merchantScope(c));
    return c.json({ items: rows.map(present) }, 200);
  });
  app.openapi(create, async (c) => {
    const created = await createWebhook(merchantScope(c), c.req.valid('json'), policy(c));
    return c.json({ ...present(created), secret: created.secret }, 201);
  });
  app.openapi(get, async (c) => {
    return c.json(present(await getWebhook(merchantScope(c), c.req.valid('param').id)), 200);
  });
  app.openapi(update, async (c) => {
    const { id } = c.req.valid('param');
    const row = await updateWebhook(merchantScope(c), id, c.req.valid('json'), policy(c));
    return c.json(present(row), 200);
  });
  app.openapi(remove, async (c) => {
    await deleteWebhook(merchantScope(c), c.req.valid('param').id);
    return c.body(null, 204);
  });
  app.openapi(deliveries, async (c) => {
    const { id } = c.req.valid('param');
    const rows = await listWebhookDeliveries(merchantScope(c), id, c.req.valid('query').limit);
    return c.json({ items: rows.map(presentDelivery) }, 200);
  });
  app.openapi(redeliver, async (c) => {
    const { id, deliveryId } = c.req.valid('param');
    const queued = await redeliverWebhook(merchantScope(c), id, deliveryId);
    return c.json({ deliveryId: queued.deliveryId, queuedAt: queued.queuedAt.toISOString() }, 202);
  });
}
