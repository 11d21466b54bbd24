import type { B2bThresholds } from '@habitue/loyalty';
import type { Tx } from '../db/tenant.ts';
import { saveB2bThresholds } from '../repositories/b2b-thresholds.ts';

/**
 * The demo bakery's trade discount (seed 003): its business accounts — the hotel and the café,
 * among its biggest buyers — get 3 % from 300 € bought over the year and 5 % from 1 000 €, so
 * the counter shows a "remise professionnelle" for their contacts.
 */
export const DEMO_B2B_THRESHOLDS: B2bThresholds = {
  periodMonths: 12,
  steps: [
    { fromCents: 30_000, percent: 3 },
    { fromCents: 100_000, percent: 5 },
  ],
};

export function seedDemoB2bThresholds(tx: Tx, merchantId: string, now: Date) {
  return saveB2bThresholds(tx, merchantId, DEMO_B2B_THRESHOLDS, now);
}
