import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { asSystem } from '../db/tenant.ts';
import {
  type ClaimedMessage,
  claimNextDue,
  markAbandonedUncertain,
  type OutboxName,
  recordAttempt,
} from '../repositories/outbox.ts';
import type { SmsTransport } from '../sms/brevo-transport.ts';
import { MAX_ATTEMPTS, retryDelayMs, type SendOutcome } from './smtp-outcome.ts';
import { type MailTransport, SMTP_TIMEOUTS_MS } from './smtp-transport.ts';

/**
 * How long a claimed message belongs to its sender. Longer than the worst SMTP attempt
 * (connection + greeting + socket timeouts), so a lease only runs out when its sender died.
 */
export const LEASE_MS =
  2 * (SMTP_TIMEOUTS_MS.connection + SMTP_TIMEOUTS_MS.greeting + SMTP_TIMEOUTS_MS.socket);

export type DeliveryDeps = {
  db: Kysely<Database>;
  /** Null without SMTP: mail stays `held` and the account outbox is not delivered. */
  transport: MailTransport | null;
  /** Absent without an SMS provider. */
  sms?: SmsTransport | null;
  from: string;
  ratePerMinute: number;
  now: () => Date;
};

const BOXES: readonly OutboxName[] = ['account_outbox', 'outbox'];

/**
 * Sends one due message from `box`, at most once:
 * 1. claim it (`sending`, a lease) and commit;
 * 2. hand it to the relay;
 * 3. record the outcome and commit.
 * A crash between 2 and 3 leaves it `sending`; when the lease runs out it becomes `uncertain`
 * (never resent on its own). Returns false when nothing was due.
 */
export async function deliverNext(deps: DeliveryDeps, box: OutboxName): Promise<boolean> {
  const channels = [
    ...(deps.transport ? (['email'] as const) : []),
    ...(deps.sms && box === 'outbox' ? (['sms'] as const) : []),
  ];
  if (channels.length === 0) return false;
  const claimed = await asSystem(deps.db, (tx) =>
    claimNextDue(tx, box, {
      now: deps.now(),
      leaseMs: LEASE_MS,
      ratePerMinute: deps.ratePerMinute,
      channels,
    }),
  );
  if (!claimed) return false;
  const outcome = await send(deps, claimed);
  const at = deps.now();
  await asSystem(deps.db, (tx) => {
    switch (outcome.kind) {
      case 'accepted':
        // Account mail holds a single-use link: once it is out, the database need not keep it.
        return recordAttempt(tx, box, claimed.id, {
          status: 'sent',
          reply: outcome.reply,
          at,
          redactBody: box === 'account_outbox',
        });
      case 'temporary':
        return claimed.attempts >= MAX_ATTEMPTS
          ? recordAttempt(tx, box, claimed.id, { status: 'failed', reply: outcome.reply })
          : recordAttempt(tx, box, claimed.id, {
              status: 'queued',
              reply: outcome.reply,
              retryAt: new Date(at.getTime() + retryDelayMs(claimed.attempts)),
            });
      case 'permanent':
        return recordAttempt(tx, box, claimed.id, { status: 'failed', reply: outcome.reply });
      case 'uncertain':
        return recordAttempt(tx, box, claimed.id, { status: 'uncertain', reply: outcome.reply });
    }
  });
  return true;
}

function send(deps: DeliveryDeps, claimed: ClaimedMessage): Promise<SendOutcome> {
  if (claimed.channel === 'sms') {
    // Claimed only when a provider is configured (see `channels` above).
    return deps.sms!.send({
      to: claimed.to_address,
      text: claimed.text_body,
      kind: claimed.kind,
      category: claimed.category,
    });
  }
  return deps.transport!.send({
    from: deps.from,
    to: claimed.to_address,
    subject: claimed.subject,
    text: claimed.text_body,
    html: claimed.html_body,
    messageId: claimed.message_id,
    headers: claimed.headers,
  });
}

/**
 * One round: first settle attempts whose sender died, then send what is due in both
 * outboxes (at most `limit` messages, so one round never runs unbounded).
 * Returns how many messages were attempted.
 */
export async function deliverDue(deps: DeliveryDeps, limit = 100): Promise<number> {
  for (const box of BOXES)
    await asSystem(deps.db, (tx) => markAbandonedUncertain(tx, box, deps.now()));
  let attempted = 0;
  for (const box of BOXES) {
    while (attempted < limit && (await deliverNext(deps, box))) attempted += 1;
  }
  return attempted;
}
