import type { MailConfig } from '../config/config.ts';

/**
 * What request handlers know about mail: whether it really leaves the machine, who it is
 * from, and a bell to ring when something was queued so delivery does not wait for its next
 * poll. Delivery itself runs elsewhere (outbox-worker.ts).
 */
export type Mailer = {
  /** False in the embedded default (no SMTP_URL): messages stay in the outbox, `held`. */
  readonly sends: boolean;
  /** False without an SMS provider: text messages stay in the outbox, `held`. */
  readonly sendsSms: boolean;
  /**
   * The bearer token the SMS provider's webhook carries with STOP replies; null: nobody hears a
   * STOP, so marketing texts are refused (`sms_not_available`).
   */
  readonly smsStopToken: string | null;
  readonly from: string;
  readonly ratePerMinute: number;
  nudge(): void;
  onNudge(listener: () => void): void;
};

/**
 * @example
 * const mailer = createMailer({ smtpUrl: null, from: 'Habitué <no-reply@x.fr>', ratePerMinute: 60 });
 * mailer.sends; // false
 */
export function createMailer(config: MailConfig): Mailer {
  const listeners: Array<() => void> = [];
  return {
    sends: config.smtpUrl !== null,
    sendsSms: Boolean(config.sms),
    smsStopToken: config.sms?.webhookToken ?? null,
    from: config.from,
    ratePerMinute: config.ratePerMinute,
    nudge() {
      for (const listener of listeners) listener();
    },
    onNudge(listener) {
      listeners.push(listener);
    },
  };
}
