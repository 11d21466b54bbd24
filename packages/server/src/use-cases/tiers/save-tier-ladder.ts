import { type TierLadder, validateTierLadder } from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { saveTierLadder as saveLadderRow } from '../../repositories/tiers.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * Sets the shop's ladder (a new version each time). Levels are always recomputed from the
 * purchase history, so a change applies to everyone at once and rewrites no past entry; the
 * change announcements follow at the next purchase, refund or daily review.
 * Refused with `invalid_tier_ladder` and the setting at fault as a field error whose code says
 * why (`not_increasing`, `lowest_has_criteria`, …).
 */
export async function saveTierLadder(tx: Tx, scope: MerchantScope, ladder: TierLadder) {
  const checked = validateTierLadder(ladder);
  if (!checked.ok) {
    const field = String(checked.detail?.field ?? 'levels');
    const reason = String(checked.detail?.reason ?? 'invalid');
    throw new AppError('invalid_tier_ladder', `The tier ladder was refused: ${field} (${reason})`, {
      fields: [{ field, message: reason.replaceAll('_', ' '), code: reason }],
    });
  }
  const saved = await saveLadderRow(tx, scope.merchantId, checked.value, scope.now);
  await appendAudit(tx, scope.merchantId, scope.actor, scope.now, {
    action: 'tiers.saved',
    subjectType: 'tier_ladder',
    subjectId: scope.merchantId,
    details: { version: saved.version, levels: checked.value.levels.map((l) => l.name) },
  });
  return {
    ladder: checked.value,
    version: saved.version,
    updatedAt: saved.updated_at.toISOString(),
  };
}
