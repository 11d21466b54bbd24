import type { MailKind } from '../db/schema.ts';

/** A message as the product writes it, before it is queued. */
export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  /** Marketing mail must carry a one-click unsubscribe; transactional mail is what was asked for. */
  kind: MailKind;
  /** What the message is about, for the outbox list (`password_reset`, `signup_link`, …). */
  category: string;
  /** Required for marketing: the https page that withdraws this channel's consent. */
  unsubscribeUrl?: string;
};

/**
 * The extra headers a message carries. Marketing mail gets RFC 2369 `List-Unsubscribe` (an
 * https link only: Habitué receives no mail, so no mailto) and RFC 8058 one-click
 * `List-Unsubscribe-Post`, which mailbox providers require of bulk senders.
 * @example
 * mailHeaders({ kind: 'marketing', unsubscribeUrl: 'https://x.fr/u/abc', … })
 * // { 'List-Unsubscribe': '<https://x.fr/u/abc>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
 */
export function mailHeaders(message: MailMessage): Record<string, string> {
  if (message.kind !== 'marketing') return {};
  const url = message.unsubscribeUrl;
  if (!url?.startsWith('https://')) {
    throw new Error('A marketing message needs an https unsubscribe link');
  }
  return {
    'List-Unsubscribe': `<${url}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

/**
 * A Message-ID fixed when the message is queued, so every attempt (and a resend an operator
 * decides on) carries the same one and receiving systems can recognise a duplicate.
 */
export function messageIdFor(id: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'habitue.localdomain';
  return `<${id}@${domain}>`;
}
