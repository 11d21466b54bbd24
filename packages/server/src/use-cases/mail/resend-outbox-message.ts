import { withMerchant } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { requeueUncertain } from '../../repositories/outbox.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * The owner's decision on a message whose delivery is `uncertain` (the relay may or may not
 * have it) or `failed`: send it again, with the same Message-ID so a receiving system that
 * already has it can recognise the duplicate.
 */
export async function resendOutboxMessage(scope: MerchantScope, mailer: Mailer, id: string) {
  if (!mailer.sends) {
    throw new AppError(
      'outbox_not_resendable',
      'No SMTP server is configured: nothing can be sent',
    );
  }
  const requeued = await withMerchant(scope.db, scope.merchantId, (tx) =>
    requeueUncertain(tx, scope.merchantId, id, scope.now),
  );
  if (!requeued) {
    throw new AppError(
      'outbox_not_resendable',
      'Only a message whose delivery failed or is uncertain can be sent again',
    );
  }
  mailer.nudge();
}
