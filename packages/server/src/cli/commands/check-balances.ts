import { parseArgs } from 'node:util';
import { loadConfig } from '../../config/config.ts';
import { openStorage } from '../../db/open-storage.ts';
import { checkBalances } from '../../use-cases/balances/check-balances.ts';
import type { Io } from '../io.ts';

/** Discrepancies listed one per line; beyond this many, only their number. */
const LISTED = 50;

const iso = (d: Date | null) => (d === null ? '–' : d.toISOString());

/**
 * `habitue check-balances [--repair]`: proves every balance snapshot equals its ledger sum
 * (exit 0), or lists those that do not (exit 1); `--repair` rebuilds them from the ledger.
 */
export async function runCheckBalancesCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { repair: { type: 'boolean' } } });
  const repair = values.repair ?? false;
  const config = loadConfig();
  const storage = await openStorage(config.database, { command: 'habitue check-balances' });
  try {
    const result = await checkBalances(storage.db, { repair });
    for (const d of result.discrepancies.slice(0, LISTED)) {
      io.stdout.write(
        `merchant ${d.merchantId} customer ${d.customerId} program ${d.programId}: ` +
          `stored balance ${d.stored.balance}, last activity ${iso(d.stored.lastActivityAt)}, ` +
          `clawback ${d.stored.clawbackOwed}, open vouchers ${d.stored.openVouchers}; ` +
          `ledger says ${d.expected.balance}, ${iso(d.expected.lastActivityAt)}, ` +
          `${d.expected.clawbackOwed}, ${d.expected.openVouchers}` +
          (d.misflaggedVouchers > 0
            ? `; ${d.misflaggedVouchers} voucher(s) flagged open or closed against their events`
            : '') +
          '\n',
      );
    }
    if (result.discrepancies.length > LISTED) {
      io.stdout.write(`… and ${result.discrepancies.length - LISTED} more\n`);
    }
    const n = result.discrepancies.length;
    if (n === 0) {
      io.stdout.write(`All ${result.checked} balance snapshots equal their ledger.\n`);
      return 0;
    }
    if (repair) {
      io.stdout.write(`Rebuilt ${n} of ${result.checked} balance snapshots from the ledger.\n`);
      return 0;
    }
    io.stdout.write(
      `${n} of ${result.checked} balance snapshots differ from their ledger; run habitue check-balances --repair to rebuild them.\n`,
    );
    return 1;
  } finally {
    await storage.close();
  }
}
