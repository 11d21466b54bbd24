import type { Migration } from '../migrator.ts';

/**
 * A purchase refunded in full gives its promo code's use back (a single-use code can be used
 * again): the use is kept, marked released by that refund, and no longer counted.
 */
export const promoCodeReleases: Migration = {
  name: '2026-12-06T1410-promo-code-releases',
  up: [
    'alter table promo_code_uses add column released_at timestamptz',
    'alter table promo_code_uses add column released_by_refund_id uuid',
    'grant update (released_at, released_by_refund_id) on promo_code_uses to habitue_app',
  ],
};
