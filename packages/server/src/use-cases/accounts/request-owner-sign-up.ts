import { hashPassword, passwordProblem } from '../../auth/passwords.ts';
import { digest, newSecret } from '../../auth/tokens.ts';
import { asSystem } from '../../db/tenant.ts';
import { accountMail } from '../../mail/account-mails.ts';
import { queueAccountMail } from '../../mail/queue-mail.ts';
import { insertSignupRequest } from '../../repositories/signup-requests.ts';
import { findUserByEmail } from '../../repositories/users.ts';
import type { AccountMailDeps } from './request-password-reset.ts';
import { type SignUpOwnerInput, weakPassword } from './sign-up-owner.ts';

/** A sign-up link works for a day. */
export const SIGNUP_LINK_TTL_MS = 24 * 3_600_000;

/**
 * Owner sign-up when mail really leaves the machine: the answer is the same whether the email
 * is new or already has a login ("check your email"), so sign-up tells nobody who has an
 * account. A new address gets a link that creates the business; a known one gets a reminder
 * that it already has an account, with the reset link's page. Both paths hash the password,
 * so they also take the same time.
 */
export async function requestOwnerSignUp(deps: AccountMailDeps, input: SignUpOwnerInput) {
  const problem = passwordProblem(input.password, input.email);
  if (problem) throw weakPassword(problem);
  const passwordHash = await hashPassword(input.password);
  const email = input.email.toLowerCase();
  const locale = input.locale ?? 'fr';
  if ((await deps.limiter.hit(deps.db, `signup:${email}`, deps.now.getTime())) > 0) return;
  await asSystem(deps.db, async (tx) => {
    if (await findUserByEmail(tx, email)) {
      await queueAccountMail(tx, deps.mailer, {
        idempotencyKey: `account_exists:${newSecret()}`,
        message: accountMail('account_exists', locale, email, {
          loginUrl: `${deps.publicUrl}/login`,
          resetUrl: `${deps.publicUrl}/forgot-password`,
        }),
        now: deps.now,
      });
      return;
    }
    const token = newSecret();
    const tokenHash = digest(token);
    const { password: _password, ...details } = input;
    await insertSignupRequest(tx, {
      tokenHash,
      email: input.email,
      passwordHash,
      details,
      now: deps.now,
      expiresAt: new Date(deps.now.getTime() + SIGNUP_LINK_TTL_MS),
    });
    await queueAccountMail(tx, deps.mailer, {
      idempotencyKey: `signup_link:${tokenHash}`,
      message: accountMail('signup_link', locale, input.email, {
        link: `${deps.publicUrl}/signup/complete#token=${token}`,
        businessName: input.name,
      }),
      now: deps.now,
    });
  });
  deps.mailer.nudge();
}
