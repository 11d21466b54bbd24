import { CAUSE_LIMITS } from '@habitue/loyalty';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { insertCause, listCauseRows } from '../../repositories/causes.ts';
import type { MerchantScope } from '../scope.ts';
import { readCauses } from './get-causes.ts';

/** Adds a cause the shop supports (at most a few active ones, for customers to choose among). */
export async function createCause(
  tx: Tx,
  scope: MerchantScope,
  input: { name: string; description?: string | null | undefined },
) {
  const active = (await listCauseRows(tx, scope.merchantId)).filter((c) => c.active);
  if (active.length >= CAUSE_LIMITS.causesMax) {
    throw new AppError('validation_failed', `At most ${CAUSE_LIMITS.causesMax} active causes`, {
      fields: [
        {
          field: 'name',
          message: 'too many causes',
          code: 'too_big',
          maximum: CAUSE_LIMITS.causesMax,
        },
      ],
    });
  }
  const id = uuidv7();
  await insertCause(tx, {
    merchantId: scope.merchantId,
    id,
    name: input.name.trim(),
    description: input.description?.trim() || null,
    at: scope.now,
  });
  await appendAudit(tx, scope.merchantId, scope.actor, scope.now, {
    action: 'cause.created',
    subjectType: 'cause',
    subjectId: id,
    details: { name: input.name.trim() },
  });
  return { id, ...(await readCauses(tx, scope.merchantId)) };
}
