import { parseArgs } from 'node:util';
import { loadConfig } from '../../config/config.ts';
import { openStorage } from '../../db/open-storage.ts';
import { asSystem } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { findUserByEmail } from '../../repositories/users.ts';
import {
  issuePasswordResetLink,
  RESET_LINK_TTL_MS,
} from '../../use-cases/accounts/issue-password-reset-link.ts';
import type { Io } from '../io.ts';

const USAGE = 'Usage: habitue user reset-password --email <email>\n';

/**
 * `habitue user reset-password --email E`: the operator's way in for a locked-out owner when
 * no mail can reach them. Prints a single-use link (valid one hour); nothing is mailed.
 */
export async function runUserCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { email: { type: 'string' } },
  });
  if (positionals[0] !== 'reset-password' || !values.email?.trim()) {
    io.stderr.write(USAGE);
    return 2;
  }
  const email = values.email.trim();
  const config = loadConfig();
  const storage = await openStorage(config.database, { command: 'habitue user reset-password' });
  try {
    const issued = await asSystem(storage.db, async (tx) => {
      const user = await findUserByEmail(tx, email);
      if (!user) throw new AppError('not_found', `No login with the email ${email}`);
      return issuePasswordResetLink(tx, {
        userId: user.id,
        publicUrl: config.publicUrl,
        now: new Date(),
      });
    });
    io.stdout.write(
      `Password reset link for ${email} (single use, valid ${RESET_LINK_TTL_MS / 60_000} minutes):\n${issued.link}\n`,
    );
    return 0;
  } finally {
    await storage.close();
  }
}
