import { parseArgs } from 'node:util';
import { loadConfig } from '../../config/config.ts';
import { openStorage } from '../../db/open-storage.ts';
import { asSystem } from '../../db/tenant.ts';
import { DEMO, seedDemoShop } from '../../demo/seed-demo-shop.ts';
import { AppError } from '../../errors/app-error.ts';
import type { Io } from '../io.ts';

/** `habitue demo [--seed <n>]`: creates the demo shop (two years of history) if it is not there. */
export async function runDemoCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { seed: { type: 'string' } } });
  const seed = values.seed === undefined ? loadConfig().demo.seed : Number(values.seed);
  if (!Number.isSafeInteger(seed))
    throw new AppError('validation_failed', `--seed must be a whole number, not "${values.seed}"`);
  const config = loadConfig();
  const storage = await openStorage(config.database, { command: 'habitue demo' });
  try {
    const exists = await asSystem(storage.db, (tx) =>
      tx.selectFrom('merchants').select('id').where('slug', '=', DEMO.slug).executeTakeFirst(),
    );
    if (exists) {
      io.stdout.write(
        `The demo shop "${DEMO.name}" already exists. Sign in as ${DEMO.owner.email} / ${DEMO.owner.password}\n`,
      );
      return 0;
    }
    const started = performance.now();
    const result = await seedDemoShop(storage.db, { seed, now: new Date() });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.stdout.write(
      `Created "${DEMO.name}" (seed ${seed}): ${result.customers} customers, ${result.purchases} purchases over two years, in ${seconds} s.\n` +
        `Owner: ${DEMO.owner.email} / ${DEMO.owner.password}   Cashier: ${DEMO.cashier.email} / ${DEMO.cashier.password}\n`,
    );
    return 0;
  } finally {
    await storage.close();
  }
}
