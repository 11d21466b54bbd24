import type { ClubSettings } from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { findClubSettings, saveClubSettings } from '../../repositories/club.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * Sets up the club or changes it. A new fee or period applies to the next payment; memberships
 * already paid keep the time they paid for. `active: false` takes no new fee but lets running
 * memberships run to their end.
 */
export async function saveClub(
  tx: Tx,
  scope: MerchantScope,
  input: ClubSettings & { active?: boolean | undefined },
) {
  const settings = {
    ...input,
    name: input.name.trim(),
    perks: input.perks.map((p) => p.trim()).filter((p) => p.length > 0),
    active: input.active ?? true,
  };
  await saveClubSettings(tx, scope.merchantId, settings, scope.now);
  await appendAudit(tx, scope.merchantId, scope.actor, scope.now, {
    action: 'club.saved',
    subjectType: 'club',
    subjectId: scope.merchantId,
    details: { feeCents: settings.feeCents, period: settings.period, active: settings.active },
  });
  const saved = await findClubSettings(tx, scope.merchantId);
  return {
    club: { ...saved!.settings, active: saved!.active, updatedAt: saved!.updatedAt.toISOString() },
  };
}
