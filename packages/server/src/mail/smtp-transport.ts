import nodemailer from 'nodemailer';
import { classifySmtpError, type SendOutcome, type SmtpErrorLike } from './smtp-outcome.ts';

/** A stored message ready for the wire. */
export type Envelope = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  messageId: string;
  headers: Record<string, string>;
};

/** Where messages go: a relay over SMTP. Tests use a real SMTP server on loopback. */
export type MailTransport = {
  send(envelope: Envelope): Promise<SendOutcome>;
  close(): void;
};

/**
 * Timeouts for one attempt, all well under the delivery lease (see outbox-delivery.ts), so a
 * live sender always finishes or gives up before its lease could be taken for recovery.
 */
export const SMTP_TIMEOUTS_MS = { connection: 20_000, greeting: 20_000, socket: 60_000 } as const;

/**
 * SMTP through nodemailer from an `smtp://user:pass@host:587` (STARTTLS when offered) or
 * `smtps://…:465` (TLS from the first byte) URL. One connection per attempt: a relay that
 * drops idle pooled connections can never turn a fresh message into an uncertain one.
 */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    connectionTimeout: SMTP_TIMEOUTS_MS.connection,
    greetingTimeout: SMTP_TIMEOUTS_MS.greeting,
    socketTimeout: SMTP_TIMEOUTS_MS.socket,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  return {
    async send(envelope) {
      try {
        const info = await transporter.sendMail({
          from: envelope.from,
          to: envelope.to,
          subject: envelope.subject,
          text: envelope.text,
          ...(envelope.html ? { html: envelope.html } : {}),
          messageId: envelope.messageId,
          headers: envelope.headers,
        });
        if (info.rejected.length > 0) {
          return { kind: 'permanent', reply: String(info.response ?? 'recipient refused') };
        }
        return { kind: 'accepted', reply: String(info.response ?? '') };
      } catch (error) {
        return classifySmtpError(error as SmtpErrorLike);
      }
    },
    close() {
      transporter.close();
    },
  };
}
