import { uuidv7 } from 'uuidv7';
import { z } from 'zod';
import type { Tx } from '../db/tenant.ts';
import { defineJob, type JobDefinition } from '../jobs/define-job.ts';
import { type EnqueueOptions, enqueueJob } from '../jobs/enqueue-job.ts';
import {
  findWebhookForDelivery,
  lockDelivery,
  recordAttempt,
  setDeliveryState,
} from '../repositories/webhooks.ts';
import type { DestinationPolicy } from './destination.ts';
import { MAX_DELIVERY_ATTEMPTS, nextAttemptAt } from './retry-schedule.ts';
import { sendWebhook } from './send-webhook.ts';

/** Which delivery, and which try of the automatic schedule (0: sent again by hand). */
const DeliveryPayload = z.object({
  deliveryId: z.uuid(),
  try: z.number().int().min(0).max(MAX_DELIVERY_ATTEMPTS),
});
type DeliveryPayload = z.infer<typeof DeliveryPayload>;

const KIND = 'webhook.deliver';

/**
 * The job that sends one try of a delivery. Each try is its own job: the try's outcome, the
 * delivery's new state and the next try (per `nextAttemptAt`) are written in the job's own
 * transaction, so every try is recorded exactly once and a crash re-runs at most the try in
 * flight. A failing receiver is not a failing job: the job succeeds once the try is recorded.
 * Where deliveries run, `policy` says whether private addresses may be reached.
 */
export function deliverWebhookJob(policy: DestinationPolicy): JobDefinition<DeliveryPayload> {
  return defineJob({
    kind: KIND,
    payload: DeliveryPayload,
    maxAttempts: 3,
    async handle({ tx, merchantId, now }, payload) {
      await deliverOnce(tx, { merchantId, now, policy }, payload);
    },
  });
}

/** Enqueues a try in the caller's transaction (the policy only matters where tries run). */
export function enqueueDelivery(tx: Tx, options: EnqueueOptions<DeliveryPayload>) {
  return enqueueJob(tx, deliverWebhookJob({ allowPrivate: false }), options);
}

async function deliverOnce(
  tx: Tx,
  context: { merchantId: string; now: Date; policy: DestinationPolicy },
  payload: DeliveryPayload,
) {
  const { merchantId, now, policy } = context;
  const delivery = await lockDelivery(tx, merchantId, payload.deliveryId);
  if (!delivery) return; // the webhook was deleted with its history
  const manual = payload.try === 0;
  // A scheduled try is moot once the event got through or was given up (e.g. sent by hand since).
  if (!manual && delivery.status !== 'pending') return;
  const webhook = await findWebhookForDelivery(tx, merchantId, delivery.webhook_id);
  if (!webhook) return;
  if (!webhook.active && !manual) {
    // A paused webhook's pending delivery is given up, without a try.
    await setDeliveryState(tx, merchantId, delivery.id, { status: 'failed', nextAttemptAt: null });
    return;
  }
  const outcome = await sendWebhook({
    url: webhook.url,
    secret: webhook.secret,
    messageId: delivery.event_id,
    body: delivery.body,
    now,
    policy,
  });
  const next = outcome.succeeded || manual ? null : nextAttemptAt(delivery.created_at, payload.try);
  const stillScheduled =
    manual && delivery.status === 'pending' && delivery.next_attempt_at !== null;
  await recordAttempt(
    tx,
    { merchantId, id: uuidv7(), deliveryId: delivery.id, at: now, ...outcome },
    {
      status: outcome.succeeded ? 'succeeded' : next || stillScheduled ? 'pending' : 'failed',
      attempts: delivery.attempts + 1,
      nextAttemptAt: outcome.succeeded
        ? null
        : (next ?? (stillScheduled ? delivery.next_attempt_at : null)),
    },
  );
  if (next) {
    await enqueueDelivery(tx, {
      merchantId,
      payload: { deliveryId: delivery.id, try: payload.try + 1 },
      runAt: next,
      now,
      key: `webhook:${delivery.webhook_id}:${delivery.event_id}:${payload.try + 1}`,
    });
  }
}
