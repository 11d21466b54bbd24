/**
 * The events a webhook can subscribe to. `customer.merged` joins with duplicate merging.
 */
export const WEBHOOK_EVENTS = [
  'customer.created',
  'customer.merged',
  'purchase.recorded',
  'purchase.refunded',
  'reward.unlocked',
  'redemption.created',
  'consent.changed',
  'tier.changed',
  'import.completed',
] as const;

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
