import type { Migration } from '../migrator.ts';

/**
 * A customer erased under the GDPR keeps their row (purchases and ledger entries still point
 * at it, so the books balance) but nothing that identifies them; `erased_at` says so, keeps
 * them erased through a backup and restore, and keeps the retention job from counting them.
 */
export const customerErasure: Migration = {
  name: '2026-12-06T1230-customer-erasure',
  up: [`alter table customers add column erased_at timestamptz`],
};
