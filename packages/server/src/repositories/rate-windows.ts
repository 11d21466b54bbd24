import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../db/schema.ts';

export type RateWindow = { hits: number; windowEndsAt: Date };

/**
 * Adds `weight` hits to the key's current window — or starts a new window when the last one
 * has ended — and returns the window as it now stands. One statement, so concurrent hits from
 * any number of processes are all counted.
 */
export async function addHits(
  db: Kysely<Database>,
  keyHash: string,
  weight: number,
  at: Date,
  windowMs: number,
): Promise<RateWindow> {
  const endsAt = new Date(at.getTime() + windowMs);
  const row = await db
    .insertInto('rate_windows')
    .values({ key_hash: keyHash, hits: weight, window_ends_at: endsAt })
    .onConflict((oc) =>
      oc.column('key_hash').doUpdateSet({
        hits: sql<number>`case when rate_windows.window_ends_at <= ${at}
          then excluded.hits else rate_windows.hits + excluded.hits end`,
        window_ends_at: sql<Date>`case when rate_windows.window_ends_at <= ${at}
          then excluded.window_ends_at else rate_windows.window_ends_at end`,
      }),
    )
    .returning(['hits', 'window_ends_at'])
    .executeTakeFirstOrThrow();
  return { hits: row.hits, windowEndsAt: row.window_ends_at };
}

/** The key's window if one is still open at `at`. */
export async function openWindow(
  db: Kysely<Database>,
  keyHash: string,
  at: Date,
): Promise<RateWindow | undefined> {
  const row = await db
    .selectFrom('rate_windows')
    .select(['hits', 'window_ends_at'])
    .where('key_hash', '=', keyHash)
    .where('window_ends_at', '>', at)
    .executeTakeFirst();
  return row ? { hits: row.hits, windowEndsAt: row.window_ends_at } : undefined;
}

export async function forgetEndedWindows(db: Kysely<Database>, before: Date): Promise<void> {
  await db.deleteFrom('rate_windows').where('window_ends_at', '<', before).execute();
}
