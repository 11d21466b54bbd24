import type { MailConfig } from '../config/config.ts';
import type { Services } from '../http/types.ts';
import { brevoSmsTransport } from '../sms/brevo-transport.ts';
import { startOutboxWorker } from './outbox-worker.ts';
import { smtpTransport } from './smtp-transport.ts';

/**
 * Starts delivering the outbox when an SMTP server or an SMS provider is configured, and says
 * in the start-up banner where mail and text messages go. Without them nothing leaves the
 * machine.
 */
export function startMailDelivery(services: Services, mail: MailConfig) {
  const banner = deliveryBanner(mail);
  if (!mail.smtpUrl && !mail.sms) return { banner, stop: async () => {} };
  const transport = mail.smtpUrl ? smtpTransport(mail.smtpUrl) : null;
  const worker = startOutboxWorker({
    db: services.db,
    transport,
    sms: mail.sms ? brevoSmsTransport(mail.sms) : null,
    from: mail.from,
    ratePerMinute: mail.ratePerMinute,
    now: services.now,
    mailer: services.mailer,
    logger: services.logger,
  });
  return {
    banner,
    async stop() {
      await worker.stop();
      transport?.close();
    },
  };
}

/** What the start-up banner says about where mail and text messages go. */
export function deliveryBanner(mail: MailConfig): string {
  return [mailBanner(mail), smsBanner(mail)].join('\n');
}

function mailBanner(mail: MailConfig): string {
  if (!mail.smtpUrl) {
    return 'Mail: no SMTP_URL, nothing leaves this machine. Messages stay in the outbox (Réglages → Messages envoyés); password-reset links are written to this log.';
  }
  const relay = new URL(mail.smtpUrl);
  return `Mail: sent through ${relay.protocol}//${relay.host} as ${mail.from} (at most ${mail.ratePerMinute} per minute per shop)`;
}

function smsBanner(mail: MailConfig): string {
  if (!mail.sms) {
    return 'Text messages: no SMS_PROVIDER, none leaves this machine; they stay in the outbox too.';
  }
  return `Text messages: sent through ${mail.sms.provider} (${new URL(mail.sms.url).host}) as "${mail.sms.sender}"`;
}
