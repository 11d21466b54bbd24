import type { MailConfig } from '../config/config.ts';
import type { Services } from '../http/types.ts';
import { startOutboxWorker } from './outbox-worker.ts';
import { smtpTransport } from './smtp-transport.ts';

/**
 * Starts delivering the outbox when an SMTP server is configured, and says in one line of the
 * start-up banner where mail goes. Without SMTP nothing leaves the machine.
 */
export function startMailDelivery(services: Services, mail: MailConfig) {
  if (!mail.smtpUrl) {
    return {
      banner:
        'Mail: no SMTP_URL, nothing leaves this machine. Messages stay in the outbox (Réglages → Messages envoyés); password-reset links are written to this log.',
      stop: async () => {},
    };
  }
  const transport = smtpTransport(mail.smtpUrl);
  const worker = startOutboxWorker({
    db: services.db,
    transport,
    from: mail.from,
    ratePerMinute: mail.ratePerMinute,
    now: services.now,
    mailer: services.mailer,
    logger: services.logger,
  });
  const relay = new URL(mail.smtpUrl);
  return {
    banner: `Mail: sent through ${relay.protocol}//${relay.host} as ${mail.from} (at most ${mail.ratePerMinute} per minute per shop)`,
    async stop() {
      await worker.stop();
      transport.close();
    },
  };
}
