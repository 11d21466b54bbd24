import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';
import type { Actor } from '../use-cases/scope.ts';

export type NewNote = {
  merchantId: string;
  id: string;
  customerId: string;
  body: string;
  author: Actor;
  at: Date;
};

export function insertNote(tx: Tx, n: NewNote) {
  return tx
    .insertInto('customer_notes')
    .values({
      merchant_id: n.merchantId,
      id: n.id,
      customer_id: n.customerId,
      body: n.body,
      author_type: n.author.type,
      author_id: n.author.id,
      created_at: n.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A customer's notes, newest first (ids are time-ordered uuidv7), one page at a time. */
export function listNotes(
  tx: Tx,
  merchantId: string,
  customerId: string,
  options: { limit: number; before?: string },
) {
  let query = tx
    .selectFrom('customer_notes')
    .leftJoin('users', (join) =>
      join
        .on((eb) => eb(sql`users.id::text`, '=', eb.ref('customer_notes.author_id')))
        .on('customer_notes.author_type', '=', 'user'),
    )
    .selectAll('customer_notes')
    .select(['users.display_name as author_name', 'users.email as author_email'])
    .where('customer_notes.merchant_id', '=', merchantId)
    .where('customer_notes.customer_id', '=', customerId)
    .orderBy('customer_notes.id', 'desc')
    .limit(options.limit);
  if (options.before) query = query.where('customer_notes.id', '<', options.before);
  return query.execute();
}
