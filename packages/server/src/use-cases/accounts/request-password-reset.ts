import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { RateLimiter } from '../../auth/rate-limiter.ts';
import type { Database } from '../../db/schema.ts';
import { asSystem } from '../../db/tenant.ts';
import { accountMail, type MailLocale } from '../../mail/account-mails.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { queueAccountMail } from '../../mail/queue-mail.ts';
import { findUserByEmail } from '../../repositories/users.ts';
import { issuePasswordResetLink } from './issue-password-reset-link.ts';

export type AccountMailDeps = {
  db: Kysely<Database>;
  mailer: Mailer;
  limiter: RateLimiter;
  logger: Logger;
  publicUrl: string;
  now: Date;
};

/**
 * "Mot de passe oublié": mails a single-use link to the address if it has a login. The caller
 * answers the same whatever happened (no way to learn who has an account). An address gets at
 * most a few links an hour, so nobody can flood someone's mailbox. Without SMTP the link is
 * also written to the server's log: a locked-out owner cannot read the in-app outbox.
 */
export async function requestPasswordReset(
  deps: AccountMailDeps,
  input: { email: string; locale: MailLocale },
): Promise<void> {
  const email = input.email.toLowerCase();
  if ((await deps.limiter.hit(deps.db, `reset:${email}`, deps.now.getTime())) > 0) return;
  const issued = await asSystem(deps.db, async (tx) => {
    const user = await findUserByEmail(tx, email);
    if (!user) return undefined;
    const { link, tokenHash } = await issuePasswordResetLink(tx, {
      userId: user.id,
      publicUrl: deps.publicUrl,
      now: deps.now,
    });
    await queueAccountMail(tx, deps.mailer, {
      idempotencyKey: `password_reset:${tokenHash}`,
      message: accountMail('password_reset', input.locale, user.email, { link }),
      now: deps.now,
    });
    return { link, to: user.email };
  });
  if (!issued) return;
  deps.mailer.nudge();
  if (!deps.mailer.sends) {
    deps.logger.warn(
      { email: issued.to },
      `Password reset link for ${issued.to} (no SMTP_URL, so it was not mailed; valid 1 hour): ${issued.link}`,
    );
  }
}
