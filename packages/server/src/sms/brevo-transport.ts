import type { SendOutcome } from '../mail/smtp-outcome.ts';
import { smsSize } from './segments.ts';

/** What the outbox hands to an SMS provider. */
export type SmsToSend = {
  /** E.164, e.g. `+33612345678` (how customers' phones are stored). */
  to: string;
  text: string;
  kind: 'transactional' | 'marketing';
  /** What the message is about (`card_link`…), passed on as the provider's tag. */
  category: string;
};

export type SmsTransport = { send(message: SmsToSend): Promise<SendOutcome> };

export type BrevoSmsConfig = {
  apiKey: string;
  /** The name shown to the recipient: 11 letters or digits at most, or a number of 15 digits. */
  sender: string;
  /** The provider's endpoint; another address only for a proxy or a test server. */
  url: string;
  timeoutMs?: number;
};

/** Long enough for a slow answer, short enough that a hung request does not hold the lease. */
export const SMS_TIMEOUT_MS = 15_000;

/**
 * Brevo's transactional SMS API (a French provider): one JSON POST per message, authenticated
 * by the `api-key` header; the recipient in international form without "+". `unicodeEnabled` is
 * set when the text needs UCS-2, so accented letters outside GSM arrive intact.
 * Outcomes follow the outbox's rules: a refusal of this message (400) is permanent; the
 * operator's account (401, 402 no credits, 403), a throttle (429) or the provider's trouble (5xx)
 * is temporary; no answer after the request left is uncertain (it may have been sent).
 */
export function brevoSmsTransport(config: BrevoSmsConfig): SmsTransport {
  return {
    async send(message) {
      const body = JSON.stringify({
        sender: config.sender,
        recipient: message.to.replace(/^\+/, ''),
        content: message.text,
        type: message.kind,
        tag: message.category,
        unicodeEnabled: smsSize(message.text).encoding === 'ucs2',
      });
      let response: Response;
      try {
        response = await fetch(config.url, {
          method: 'POST',
          headers: {
            accept: 'application/json',
            'content-type': 'application/json',
            'api-key': config.apiKey,
          },
          body,
          signal: AbortSignal.timeout(config.timeoutMs ?? SMS_TIMEOUT_MS),
        });
      } catch (error) {
        return classifyFetchError(error);
      }
      const reply = `${response.status} ${(await response.text().catch(() => '')).slice(0, 900)}`;
      if (response.ok) return { kind: 'accepted', reply };
      if (response.status === 400 || response.status === 404 || response.status === 422) {
        return { kind: 'permanent', reply };
      }
      return { kind: 'temporary', reply };
    },
  };
}

/** Codes that mean the request never reached the provider: safe to try again. */
const NEVER_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

function classifyFetchError(error: unknown): SendOutcome {
  const cause = (error as { cause?: { code?: string } }).cause;
  const code = cause?.code ?? (error as { name?: string }).name ?? 'unknown error';
  const reply = `${code}: ${(error as Error).message ?? ''}`.slice(0, 1000);
  if (cause?.code && NEVER_SENT.has(cause.code)) return { kind: 'temporary', reply };
  return { kind: 'uncertain', reply };
}
