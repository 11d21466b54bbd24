/**
 * What one SMTP attempt tells us about a message, which decides what happens to it next.
 *
 * - `accepted`: the relay took responsibility (2xx after the data).
 * - `temporary`: the relay said "later" (4xx) or the message provably never left (no
 *   connection, no TLS, no greeting, refused login): retried with back-off.
 * - `permanent`: the relay refused it for good (5xx): marked failed with its reply.
 * - `uncertain`: the connection broke without a reply after the message may have been handed
 *   over. Sending again could deliver it twice, so it waits for a person's decision.
 */
export type SendOutcome =
  | { kind: 'accepted'; reply: string }
  | { kind: 'temporary'; reply: string }
  | { kind: 'permanent'; reply: string }
  | { kind: 'uncertain'; reply: string };

/** The fields nodemailer puts on its errors that matter here. */
export type SmtpErrorLike = {
  message?: string;
  code?: string;
  responseCode?: number;
  response?: string;
  syscall?: string;
  timeoutType?: string;
};

/** Timeouts that happen before the first byte of the message is written. */
const SETUP_TIMEOUTS = new Set(['CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT']);

/**
 * @example
 * classifySmtpError({ responseCode: 451, response: '451 4.7.1 Try later' }).kind; // 'temporary'
 * classifySmtpError({ responseCode: 550, response: '550 5.1.1 No such user' }).kind; // 'permanent'
 * classifySmtpError({ code: 'ESOCKET', message: 'Connection closed' }).kind; // 'uncertain'
 */
export function classifySmtpError(error: SmtpErrorLike): SendOutcome {
  const reply = (error.response ?? error.message ?? String(error.code ?? 'unknown error')).slice(
    0,
    1000,
  );
  if (error.responseCode && error.responseCode >= 500) {
    // A refused login is the operator's configuration, not this message's fault: keep it.
    return error.code === 'EAUTH' ? { kind: 'temporary', reply } : { kind: 'permanent', reply };
  }
  if (error.responseCode && error.responseCode >= 400) return { kind: 'temporary', reply };
  const neverConnected =
    error.code === 'EDNS' ||
    error.code === 'ETLS' ||
    error.code === 'EAUTH' ||
    error.syscall === 'connect' ||
    error.syscall === 'getaddrinfo' ||
    (error.timeoutType !== undefined && SETUP_TIMEOUTS.has(error.timeoutType));
  return neverConnected ? { kind: 'temporary', reply } : { kind: 'uncertain', reply };
}

/** Attempts before a temporary failure becomes a permanent one (about two days of back-off). */
export const MAX_ATTEMPTS = 12;

/**
 * Delay before attempt `attempts + 1`: 1 min, 2, 4… capped at 6 hours.
 * @example
 * retryDelayMs(1); // 60_000
 * retryDelayMs(3); // 240_000
 */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}
