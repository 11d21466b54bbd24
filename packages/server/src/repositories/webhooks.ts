import type { WebhookDeliveryStatus } from '../db/schema.ts';
import type { Tx } from '../db/tenant.ts';

const WEBHOOK_COLUMNS = ['id', 'url', 'events', 'active', 'created_at', 'updated_at'] as const;

export type NewWebhook = {
  merchantId: string;
  id: string;
  url: string;
  events: readonly string[];
  secret: string;
  now: Date;
};

export function insertWebhook(tx: Tx, webhook: NewWebhook) {
  return tx
    .insertInto('webhooks')
    .values({
      merchant_id: webhook.merchantId,
      id: webhook.id,
      url: webhook.url,
      events: [...webhook.events],
      secret: webhook.secret,
      created_at: webhook.now,
      updated_at: webhook.now,
    })
    .returning(WEBHOOK_COLUMNS)
    .executeTakeFirstOrThrow();
}

export type WebhookRow = Awaited<ReturnType<typeof insertWebhook>>;

export function listWebhooks(tx: Tx, merchantId: string) {
  return tx
    .selectFrom('webhooks')
    .select(WEBHOOK_COLUMNS)
    .where('merchant_id', '=', merchantId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export function findWebhook(tx: Tx, merchantId: string, id: string) {
  return tx
    .selectFrom('webhooks')
    .select(WEBHOOK_COLUMNS)
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** What a delivery needs: where to send and the secret to sign with. */
export function findWebhookForDelivery(tx: Tx, merchantId: string, id: string) {
  return tx
    .selectFrom('webhooks')
    .select(['id', 'url', 'secret', 'active'])
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The active webhooks of a merchant that subscribed to `eventType`. */
export function subscribedWebhooks(tx: Tx, merchantId: string, eventType: string) {
  return tx
    .selectFrom('webhooks')
    .select('id')
    .where('merchant_id', '=', merchantId)
    .where('active', '=', true)
    .where((eb) => eb(eb.val(eventType), '=', eb.fn.any('events')))
    .execute();
}

export function updateWebhook(
  tx: Tx,
  merchantId: string,
  id: string,
  changes: { url?: string; events?: readonly string[]; active?: boolean },
  now: Date,
) {
  return tx
    .updateTable('webhooks')
    .set({
      ...(changes.url !== undefined ? { url: changes.url } : {}),
      ...(changes.events !== undefined ? { events: [...changes.events] } : {}),
      ...(changes.active !== undefined ? { active: changes.active } : {}),
      updated_at: now,
    })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .returning(WEBHOOK_COLUMNS)
    .executeTakeFirst();
}

export async function deleteWebhook(tx: Tx, merchantId: string, id: string): Promise<boolean> {
  const result = await tx
    .deleteFrom('webhooks')
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export function insertDelivery(
  tx: Tx,
  delivery: {
    merchantId: string;
    id: string;
    webhookId: string;
    eventId: string;
    eventType: string;
    body: string;
    now: Date;
  },
) {
  return tx
    .insertInto('webhook_deliveries')
    .values({
      merchant_id: delivery.merchantId,
      id: delivery.id,
      webhook_id: delivery.webhookId,
      event_id: delivery.eventId,
      event_type: delivery.eventType,
      body: delivery.body,
      next_attempt_at: delivery.now,
      created_at: delivery.now,
    })
    .execute();
}

/** A delivery, locked until the transaction ends so two runs of it record their tries in turn. */
export function lockDelivery(tx: Tx, merchantId: string, id: string) {
  return tx
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function findDelivery(tx: Tx, merchantId: string, webhookId: string, id: string) {
  return tx
    .selectFrom('webhook_deliveries')
    .select(['id', 'status'])
    .where('merchant_id', '=', merchantId)
    .where('webhook_id', '=', webhookId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function recordAttempt(
  tx: Tx,
  attempt: {
    merchantId: string;
    id: string;
    deliveryId: string;
    at: Date;
    succeeded: boolean;
    responseStatus: number | null;
    durationMs: number;
    error: string | null;
  },
  delivery: { status: WebhookDeliveryStatus; attempts: number; nextAttemptAt: Date | null },
) {
  await tx
    .insertInto('webhook_attempts')
    .values({
      merchant_id: attempt.merchantId,
      id: attempt.id,
      delivery_id: attempt.deliveryId,
      attempted_at: attempt.at,
      succeeded: attempt.succeeded,
      response_status: attempt.responseStatus,
      duration_ms: attempt.durationMs,
      error: attempt.error,
    })
    .execute();
  await setDeliveryState(tx, attempt.merchantId, attempt.deliveryId, delivery);
}

export function setDeliveryState(
  tx: Tx,
  merchantId: string,
  id: string,
  state: { status: WebhookDeliveryStatus; attempts?: number; nextAttemptAt: Date | null },
) {
  return tx
    .updateTable('webhook_deliveries')
    .set({
      status: state.status,
      ...(state.attempts !== undefined ? { attempts: state.attempts } : {}),
      next_attempt_at: state.nextAttemptAt,
    })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .execute();
}

/** A webhook's latest deliveries, newest first, each with its tries, oldest first. */
export async function listDeliveries(tx: Tx, merchantId: string, webhookId: string, limit: number) {
  const deliveries = await tx
    .selectFrom('webhook_deliveries')
    .select(['id', 'event_id', 'event_type', 'status', 'attempts', 'next_attempt_at', 'created_at'])
    .where('merchant_id', '=', merchantId)
    .where('webhook_id', '=', webhookId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  if (deliveries.length === 0) return [];
  const attempts = await tx
    .selectFrom('webhook_attempts')
    .select([
      'id',
      'delivery_id',
      'attempted_at',
      'succeeded',
      'response_status',
      'duration_ms',
      'error',
    ])
    .where('merchant_id', '=', merchantId)
    .where(
      'delivery_id',
      'in',
      deliveries.map((d) => d.id),
    )
    .orderBy('attempted_at')
    .orderBy('id')
    .execute();
  return deliveries.map((d) => ({ ...d, tries: attempts.filter((a) => a.delivery_id === d.id) }));
}
