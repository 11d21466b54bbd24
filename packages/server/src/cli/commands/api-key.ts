import { parseArgs } from 'node:util';
import { API_KEY_SCOPES, type ApiKeyScope } from '../../auth/permissions.ts';
import { loadConfig } from '../../config/config.ts';
import { openStorage } from '../../db/open-storage.ts';
import { asSystem } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { findMerchantBySlug } from '../../repositories/merchants.ts';
import { createApiKey } from '../../use-cases/api-keys/create-api-key.ts';
import type { Io } from '../io.ts';

/**
 * `habitue api-key create --merchant <slug> --name <name> [--scopes a,b]`: prints the key once.
 * Without `--scopes` the key gets the default scopes (the counter's).
 */
export async function runApiKeyCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      merchant: { type: 'string' },
      name: { type: 'string' },
      scopes: { type: 'string' },
    },
  });
  const scopes = values.scopes?.split(',').map((s) => s.trim());
  const unknown = scopes?.filter((s) => !(API_KEY_SCOPES as readonly string[]).includes(s)) ?? [];
  if (positionals[0] !== 'create' || !values.merchant || !values.name?.trim() || unknown.length) {
    io.stderr.write(
      `Usage: habitue api-key create --merchant <slug> --name <name> [--scopes ${API_KEY_SCOPES.join(',')}]\n`,
    );
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
      { name: values.name.trim(), scopes: scopes as ApiKeyScope[] | undefined },
    );
    io.stdout.write(
      `API key "${key.name}" for ${merchant.name} (shown once, store it now):\n${key.key}\n`,
    );
    return 0;
  } finally {
    await storage.close();
  }
}
