import { parseArgs } from 'node:util';
import { loadConfig } from '../../config/config.ts';
import { openStorage } from '../../db/open-storage.ts';
import { asSystem } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { findMerchantBySlug } from '../../repositories/merchants.ts';
import { createApiKey } from '../../use-cases/api-keys/create-api-key.ts';
import type { Io } from '../io.ts';

/** `habitue api-key create --merchant <slug> --name <name>`: prints the key once. */
export async function runApiKeyCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { merchant: { type: 'string' }, name: { type: 'string' } },
  });
  if (positionals[0] !== 'create' || !values.merchant || !values.name?.trim()) {
    io.stderr.write('Usage: habitue api-key create --merchant <slug> --name <name>\n');
    return 2;
  }
  const config = loadConfig();
  const storage = await openStorage(config.database, { command: 'habitue api-key create' });
  try {
    const merchant = await asSystem(storage.db, (tx) => findMerchantBySlug(tx, values.merchant!));
    if (!merchant) throw new AppError('not_found', `No merchant with slug "${values.merchant}"`);
    const key = await createApiKey(
      {
        db: storage.db,
        merchantId: merchant.id,
        actor: { type: 'system', id: 'cli' },
        now: new Date(),
      },
      values.name.trim(),
    );
    io.stdout.write(
      `API key "${key.name}" for ${merchant.name} (shown once, store it now):\n${key.key}\n`,
    );
    return 0;
  } finally {
    await storage.close();
  }
}
