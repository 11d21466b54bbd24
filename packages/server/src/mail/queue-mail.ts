import { uuidv7 } from 'uuidv7';
import type { Tx } from '../db/tenant.ts';
import { insertOutboxRow } from '../repositories/outbox.ts';
import type { Mailer } from './mailer.ts';
import { type MailMessage, mailHeaders, messageIdFor } from './message.ts';

type QueueInput = { idempotencyKey: string; message: MailMessage; now: Date };

function row(mailer: Mailer, input: QueueInput) {
  const id = uuidv7();
  return {
    id,
    idempotencyKey: input.idempotencyKey,
    kind: input.message.kind,
    category: input.message.category,
    to: input.message.to,
    subject: input.message.subject,
    text: input.message.text,
    html: input.message.html ?? null,
    headers: mailHeaders(input.message),
    messageId: messageIdFor(id, mailer.from),
    status: mailer.sends ? ('queued' as const) : ('held' as const),
    now: input.now,
  };
}

/**
 * Queues a shop's message inside the caller's transaction: it exists if and only if the work
 * that wanted it was committed. Once per idempotency key. Without SMTP it is kept (`held`)
 * for the owner to read in the app. Call `mailer.nudge()` after the commit.
 */
export function queueShopMail(tx: Tx, mailer: Mailer, merchantId: string, input: QueueInput) {
  return insertOutboxRow(tx, { name: 'outbox', merchantId }, row(mailer, input));
}

/** Queues mail about a login itself (reset, sign-up link): never shown to any shop. */
export function queueAccountMail(tx: Tx, mailer: Mailer, input: QueueInput) {
  return insertOutboxRow(tx, { name: 'account_outbox' }, row(mailer, input));
}
