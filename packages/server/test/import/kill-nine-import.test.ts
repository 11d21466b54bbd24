import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.ts';
import { databaseUrl, runHabitue, spawnHabitue } from './cli-child.ts';
import { countRows, newMerchant } from './import-file.ts';

/**
 * An import is one transaction: `kill -9` while it writes leaves nothing, and running it again
 * leaves exactly one copy of the file. The child is killed once its purchases are being
 * inserted (seen from the database), so customers are already written in the transaction.
 */
const ROWS = 60_000;
const CUSTOMERS = 3_000;
const TIMEOUT = 300_000;

const dir = mkdtempSync(join(tmpdir(), 'habitue-import-kill9-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function bigFile(): string {
  const lines = ['N° client;Date;Montant'];
  for (let i = 0; i < ROWS; i++) {
    const day = 1 + (i % 28);
    lines.push(
      `K${i % CUSTOMERS};${String(day).padStart(2, '0')}/03/2024;${1 + (i % 50)},${i % 100}`,
    );
  }
  const path = join(dir, `big-${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

describeEachBackend('kill -9 during habitue import', (database, kind) => {
  it(
    'leaves nothing, and a rerun leaves exactly one copy of the file',
    async () => {
      const { db } = database();
      const merchant = await newMerchant(db, 'kill-nine-import');
      const url = await databaseUrl(db, kind);
      const path = bigFile();
      const child = spawnHabitue(['import', path, '--merchant', 'kill-nine-import'], url, dir);
      const exited = new Promise<string | null>((resolve) => {
        child.on('close', (_code, signal) => resolve(signal));
      });
      // The pattern is split so that this query's own text does not match it.
      const writing = async () => {
        const { rows } = await sql<{ n: number }>`
          select count(*)::int as n from pg_stat_activity
           where datname = current_database() and pid <> pg_backend_pid()
             and query like '%insert into ' || 'purchases%'`.execute(db);
        return rows[0]!.n > 0;
      };
      const deadline = Date.now() + TIMEOUT;
      while (!(await writing())) {
        if (child.exitCode !== null) throw new Error('the import ended before it was killed');
        if (Date.now() > deadline) throw new Error('the import never started writing');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      // The server rolls the transaction back once it sees the connection gone.
      while (await writing()) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await countRows(db, merchant)).toMatchObject({ customers: 0, purchases: 0 });

      const rerun = await runHabitue(['import', path, '--merchant', 'kill-nine-import'], url, dir);
      expect(rerun.stderr).toBe('');
      expect(rerun.code).toBe(0);
      expect(await countRows(db, merchant)).toMatchObject({
        customers: CUSTOMERS,
        purchases: ROWS,
      });
      const { rows } = await sql<{ distinct: number }>`
        select count(distinct external_id)::int as distinct from purchases
         where merchant_id = ${merchant}`.execute(db);
      expect(rows[0]!.distinct).toBe(ROWS);
    },
    TIMEOUT,
  );
});
