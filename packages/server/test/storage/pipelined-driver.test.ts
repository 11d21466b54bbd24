import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { commitWithNextStatement } from '../../src/db/pipelined-driver.ts';
import { describeEachBackend } from '../support/backends.ts';
import { statementLog } from '../support/statement-log.ts';

const log = statementLog();

/**
 * The database driver sends `BEGIN` and `SAVEPOINT` with the statement after them, and a
 * transaction's last statement may carry its `COMMIT`: fewer round trips, the same effects.
 */
describeEachBackend(
  'statements pipelined together',
  (database) => {
    const probe = async () => {
      const { db } = database();
      await sql`create table if not exists pipeline_probe (id int primary key, note text)`.execute(
        db,
      );
      await sql`truncate pipeline_probe`.execute(db);
      return db;
    };
    const notes = async () =>
      (
        await sql<{ note: string }>`select note from pipeline_probe order by id`.execute(
          database().db,
        )
      ).rows.map((r) => r.note);

    it('a transaction sends BEGIN with its first statement and commits as before', async () => {
      const db = await probe();
      const sent = await log.count(() =>
        db.transaction().execute(async (tx) => {
          await sql`insert into pipeline_probe values (${1}, ${'one'})`.execute(tx);
          await sql`insert into pipeline_probe values (${2}, ${'two'})`.execute(tx);
        }),
      );
      expect(sent.statements.map((s) => s.text.split(' ')[0])).toEqual([
        'begin',
        'insert',
        'insert',
        'commit',
      ]);
      expect(sent.roundTrips).toBe(3);
      expect(await notes()).toEqual(['one', 'two']);
    });

    it('an error in the first statement rolls back the transaction it opened', async () => {
      const db = await probe();
      await expect(
        db.transaction().execute(async (tx) => {
          await sql`insert into pipeline_probe values (${1}, ${'one'}), (${1}, ${'dup'})`.execute(
            tx,
          );
        }),
      ).rejects.toThrow(/duplicate key/);
      // The connection is back in the pool, outside any transaction: the next one works.
      await db.transaction().execute(async (tx) => {
        await sql`insert into pipeline_probe values (${3}, ${'three'})`.execute(tx);
      });
      expect(await notes()).toEqual(['three']);
    });

    it('a transaction that sent nothing costs no round trip', async () => {
      await probe();
      const sent = await log.count(() =>
        database()
          .db.transaction()
          .execute(async () => 42),
      );
      expect(sent.roundTrips).toBe(0);
    });

    it('a held-back SAVEPOINT is there to roll back to', async () => {
      const db = await probe();
      await db.transaction().execute(async (tx) => {
        await sql`insert into pipeline_probe values (${1}, ${'kept'})`.execute(tx);
        await sql`savepoint work`.execute(tx);
        await sql`insert into pipeline_probe values (${2}, ${'undone'})`.execute(tx);
        await sql`rollback to savepoint work`.execute(tx);
      });
      expect(await notes()).toEqual(['kept']);
    });

    it('the last statement carries the COMMIT: one round trip less, committed', async () => {
      const db = await probe();
      const sent = await log.count(() =>
        db.transaction().execute(async (tx) => {
          await sql`insert into pipeline_probe values (${1}, ${'one'})`.execute(tx);
          await commitWithNextStatement(tx);
          await sql`insert into pipeline_probe values (${2}, ${'two'})`.execute(tx);
        }),
      );
      expect(sent.statements.map((s) => s.text.split(' ')[0])).toEqual([
        'begin',
        'insert',
        'insert',
        'commit',
      ]);
      expect(sent.roundTrips).toBe(2);
      expect(await notes()).toEqual(['one', 'two']);
    });

    it('a failing last statement commits nothing', async () => {
      const db = await probe();
      await expect(
        db.transaction().execute(async (tx) => {
          await sql`insert into pipeline_probe values (${1}, ${'one'})`.execute(tx);
          await commitWithNextStatement(tx);
          await sql`insert into pipeline_probe values (${1}, ${'dup'})`.execute(tx);
        }),
      ).rejects.toThrow(/duplicate key/);
      expect(await notes()).toEqual([]);
    });

    it('a statement after the committing one is refused, not run outside the transaction', async () => {
      const db = await probe();
      await expect(
        db.transaction().execute(async (tx) => {
          await commitWithNextStatement(tx);
          await sql`insert into pipeline_probe values (${1}, ${'one'})`.execute(tx);
          await sql`insert into pipeline_probe values (${2}, ${'two'})`.execute(tx);
        }),
      ).rejects.toThrow(/after the one that committed/);
      expect(await notes()).toEqual(['one']);
    });

    it('a statement run again and again is prepared once on its connection, and still answers', async () => {
      const db = await probe();
      const prepared = await db.transaction().execute(async (tx) => {
        for (let id = 1; id <= 5; id++) {
          await sql`insert into pipeline_probe values (${id}, ${`note ${id}`})`.execute(tx);
        }
        // A failing run of the prepared statement leaves it usable (after the savepoint).
        await sql`savepoint duplicate`.execute(tx);
        await expect(
          sql`insert into pipeline_probe values (${1}, ${'again'})`.execute(tx),
        ).rejects.toThrow(/duplicate key/);
        await sql`rollback to savepoint duplicate`.execute(tx);
        await sql`insert into pipeline_probe values (${6}, ${'note 6'})`.execute(tx);
        return (
          await sql<{ statement: string }>`select statement from pg_prepared_statements
            where statement like ${'insert into pipeline_probe%'}`.execute(tx)
        ).rows;
      });
      expect(prepared).toHaveLength(1);
      expect(await notes()).toEqual([1, 2, 3, 4, 5, 6].map((id) => `note ${id}`));
    });
  },
  { Client: log.Client },
);
