import type { TierStanding } from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { findCustomerTier, saveCustomerTier } from '../../repositories/tiers.ts';
import { emitEvent } from '../../webhooks/emit-event.ts';
import type { MerchantScope } from '../scope.ts';
import type { TierSetting } from './tier-standing.ts';

/** What moved the customer: a purchase, a refund, or the daily review (seniority, periods). */
export type TierChangeCause = 'purchase' | 'refund' | 'review' | 'merge';

/**
 * Records the level a member is at now and, when it differs from the level they were last
 * known at, announces `tier.changed` in the same transaction (so it is sent if and only if the
 * write that moved them commits, and once). A member seen for the first time is compared with
 * `previousLevelId` when the caller knows it (the level before this purchase), else only
 * recorded: a ladder just set up moves nobody.
 * @returns true when the level changed
 */
export async function settleTier(
  tx: Tx,
  scope: Pick<MerchantScope, 'merchantId' | 'now'>,
  input: {
    readonly setting: TierSetting;
    readonly customerId: string;
    readonly standing: TierStanding;
    readonly cause: TierChangeCause;
    readonly previousLevelId?: string | undefined;
  },
): Promise<boolean> {
  const { merchantId, now } = scope;
  const { setting, customerId, standing, cause } = input;
  const stored = await findCustomerTier(tx, merchantId, customerId, { forUpdate: true });
  const level = standing.level;
  const since = standing.card.since;
  if (stored && stored.level_id === level.id && stored.since === since) return false;
  await saveCustomerTier(tx, merchantId, customerId, { levelId: level.id, since }, now);
  const fromId = stored?.level_id ?? input.previousLevelId;
  if (fromId === undefined || fromId === level.id) return false;
  const levels = setting.ladder.levels;
  const fromIndex = levels.findIndex((l) => l.id === fromId);
  const toIndex = levels.findIndex((l) => l.id === level.id);
  const from = levels[fromIndex];
  await emitEvent(tx, scope, 'tier.changed', {
    customerId,
    from: from ? { id: from.id, name: from.name } : null,
    to: { id: level.id, name: level.name },
    direction: toIndex > fromIndex ? 'up' : 'down',
    since,
    until: standing.card.until,
    cause,
  });
  return true;
}
