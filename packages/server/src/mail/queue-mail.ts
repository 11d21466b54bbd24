import { uuidv7 } from 'uuidv7';
import type { MailKind } from '../db/schema.ts';
import type { Tx } from '../db/tenant.ts';
import { DEMO } from '../demo/seed-demo-shop.ts';
import { findMerchantById } from '../repositories/merchants.ts';
import { insertOutboxRow } from '../repositories/outbox.ts';
import { smsSize } from '../sms/segments.ts';
import type { Mailer } from './mailer.ts';
import { type MailMessage, mailHeaders, messageIdFor } from './message.ts';

type QueueInput = { idempotencyKey: string; message: MailMessage; now: Date };

function row(mailer: Mailer, input: QueueInput, keep = false) {
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
    status: mailer.sends && !keep ? ('queued' as const) : ('held' as const),
    now: input.now,
  };
}

/**
 * Queues a shop's message inside the caller's transaction: it exists if and only if the work
 * that wanted it was committed. Once per idempotency key. Without SMTP, and always for the demo
 * shop, it is kept (`held`) for the owner to read in the app. Call `mailer.nudge()` after the commit.
 */
export async function queueShopMail(tx: Tx, mailer: Mailer, merchantId: string, input: QueueInput) {
  // The demo shop's customers and team are made up: its mail stays in its outbox, always.
  const demo = (await findMerchantById(tx, merchantId))?.slug === DEMO.slug;
  return insertOutboxRow(tx, { name: 'outbox', merchantId }, row(mailer, input, demo));
}

export type TextMessage = {
  /** E.164, as customers' phones are stored. */
  to: string;
  text: string;
  kind: MailKind;
  category: string;
};

/**
 * Queues a text message in the shop's outbox, like `queueShopMail`: in the caller's transaction,
 * once per idempotency key, `held` without an SMS provider and always for the demo shop.
 */
export async function queueShopSms(
  tx: Tx,
  mailer: Mailer,
  merchantId: string,
  input: { idempotencyKey: string; message: TextMessage; now: Date },
) {
  const demo = (await findMerchantById(tx, merchantId))?.slug === DEMO.slug;
  const id = uuidv7();
  const { message } = input;
  return insertOutboxRow(
    tx,
    { name: 'outbox', merchantId },
    {
      id,
      idempotencyKey: input.idempotencyKey,
      kind: message.kind,
      category: message.category,
      to: message.to,
      subject: '',
      text: message.text,
      html: null,
      headers: {},
      messageId: id,
      status: mailer.sendsSms && !demo ? 'queued' : 'held',
      now: input.now,
      sms: { segments: smsSize(message.text).segments },
    },
  );
}

/** Queues mail about a login itself (reset, sign-up link): never shown to any shop. */
export function queueAccountMail(tx: Tx, mailer: Mailer, input: QueueInput) {
  return insertOutboxRow(tx, { name: 'account_outbox' }, row(mailer, input));
}
