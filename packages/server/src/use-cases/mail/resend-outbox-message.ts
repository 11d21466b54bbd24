import { withMerchant } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { findShopOutboxStatus, requeueMessage } from '../../repositories/outbox.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * The owner's decision on a message whose delivery is `uncertain` (the relay may or may not
 * have it) or `failed`: send it again, with the same Message-ID so a receiving system that
 * already has it can recognise the duplicate.
 */
export async function resendOutboxMessage(scope: MerchantScope, mailer: Mailer, id: string) {
  await withMerchant(scope.db, scope.merchantId, async (tx) => {
    const message = await findShopOutboxStatus(tx, scope.merchantId, id);
    if (!message) throw notFound('Message');
    if (!mailer.sends) {
      throw new AppError(
        'outbox_not_resendable',
        'No SMTP server is configured (SMTP_URL): nothing can be sent',
      );
    }
    if (message.status !== 'uncertain' && message.status !== 'failed') {
      throw new AppError(
        'outbox_not_resendable',
        'Only a message whose delivery failed or is uncertain can be sent again',
      );
    }
    await requeueMessage(tx, scope.merchantId, id, scope.now);
  });
  mailer.nudge();
}
