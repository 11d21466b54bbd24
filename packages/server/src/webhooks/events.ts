/**
 * The events a webhook can subscribe to. `tier.changed` joins when tiers exist and
 * `customer.merged` with duplicate merging.
 */
export const WEBHOOK_EVENTS = [
  'customer.created',
  'purchase.recorded',
  'purchase.refunded',
  'reward.unlocked',
  'redemption.created',
  'consent.changed',
  'import.completed',
] as const;

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
