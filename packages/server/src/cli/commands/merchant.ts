import { parseArgs } from 'node:util';
import { uuidv7 } from 'uuidv7';
import { hashPassword } from '../../auth/passwords.ts';
import { newSecret } from '../../auth/tokens.ts';
import { loadConfig } from '../../config/config.ts';
import { openStorage } from '../../db/open-storage.ts';
import { asSystem } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { findUserByEmail, insertMembership, insertUser } from '../../repositories/users.ts';
import { createMerchant } from '../../use-cases/merchants/create-merchant.ts';
import type { Io } from '../io.ts';

/** `habitue merchant create --name <name> [--slug <slug>] [--owner-email <email>]` */
export async function runMerchantCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      slug: { type: 'string' },
      'owner-email': { type: 'string' },
    },
  });
  if (positionals[0] !== 'create' || !values.name?.trim()) {
    io.stderr.write(
      'Usage: habitue merchant create --name <name> [--slug <slug>] [--owner-email <email>]\n',
    );
    return 2;
  }
  const email = values['owner-email'];
  if (email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw new AppError('validation_failed', `"${email}" is not an email address`);
  }
  const config = loadConfig();
  const storage = await openStorage(config.database, { command: 'habitue merchant create' });
  try {
    const password = newSecret(12);
    const passwordHash = await hashPassword(password);
    const result = await asSystem(storage.db, async (tx) => {
      const merchant = await createMerchant(tx, {
        name: values.name!.trim(),
        ...(values.slug ? { slug: values.slug } : {}),
      });
      let owner: { email: string; created: boolean } | null = null;
      if (email) {
        const existing = await findUserByEmail(tx, email);
        const user =
          existing ??
          (await insertUser(tx, { id: uuidv7(), email, passwordHash, displayName: null }));
        await insertMembership(tx, merchant.id, user.id, 'owner');
        owner = { email: user.email, created: !existing };
      }
      await appendAudit(tx, merchant.id, { type: 'system', id: 'cli' }, new Date(), {
        action: 'merchant.created',
        subjectType: 'merchant',
        subjectId: merchant.id,
      });
      return { merchant, owner };
    });
    io.stdout.write(
      `Created merchant "${result.merchant.name}" (slug: ${result.merchant.slug}, id: ${result.merchant.id})\n`,
    );
    if (result.owner?.created) {
      io.stdout.write(
        `Owner login: ${result.owner.email} / ${password}  (shown once; change it after signing in)\n`,
      );
    } else if (result.owner) {
      io.stdout.write(`Owner: ${result.owner.email} (existing login, password unchanged)\n`);
    }
    return 0;
  } finally {
    await storage.close();
  }
}
