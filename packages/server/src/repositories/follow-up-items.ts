import { sql } from 'kysely';
import type { FollowUpStatus } from '../db/schema.ts';
import type { Tx } from '../db/tenant.ts';
import type { Actor } from '../use-cases/scope.ts';

export type NewFollowUpItem = {
  merchantId: string;
  id: string;
  customerId: string;
  reason: string;
  occasionKey: string;
  details: Record<string, unknown>;
  note: string | null;
  author: Actor;
  at: Date;
};

/**
 * Adds an item unless one exists for the same occasion (the unique key decides). Returns the
 * new id, or undefined when the occasion already had its item.
 */
export async function insertFollowUpItem(tx: Tx, n: NewFollowUpItem): Promise<string | undefined> {
  const row = await tx
    .insertInto('follow_up_items')
    .values({
      merchant_id: n.merchantId,
      id: n.id,
      customer_id: n.customerId,
      reason: n.reason,
      occasion_key: n.occasionKey,
      details: JSON.stringify(n.details),
      note: n.note,
      created_by_type: n.author.type,
      created_by_id: n.author.id,
      created_at: n.at,
    })
    .onConflict((oc) => oc.columns(['merchant_id', 'occasion_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** The items of the list, open ones and those done since `doneSince`, with the customer's name. */
export function listFollowUpItems(
  tx: Tx,
  merchantId: string,
  options: { status: FollowUpStatus | 'all'; doneSince: Date; limit: number; ids?: string[] },
) {
  return tx
    .selectFrom('follow_up_items as f')
    .innerJoin('customers as c', (join) =>
      join.onRef('c.merchant_id', '=', 'f.merchant_id').onRef('c.id', '=', 'f.customer_id'),
    )
    .leftJoin('users as u', (join) =>
      join
        .on((eb) => eb(sql`u.id::text`, '=', eb.ref('f.done_by_id')))
        .on('f.done_by_type', '=', 'user'),
    )
    .selectAll('f')
    .select([
      'c.first_name',
      'c.last_name',
      'c.phone',
      'c.email',
      'c.erased_at',
      'u.display_name as done_by_name',
      'u.email as done_by_email',
    ])
    .where('f.merchant_id', '=', merchantId)
    .$if(options.ids !== undefined, (q) => q.where('f.id', 'in', options.ids!))
    .$if(options.ids === undefined && options.status === 'open', (q) =>
      q.where('f.status', '=', 'open'),
    )
    .$if(options.ids === undefined && options.status === 'done', (q) =>
      q.where('f.status', '=', 'done').where('f.done_at', '>=', options.doneSince),
    )
    .$if(options.ids === undefined && options.status === 'all', (q) =>
      q.where((eb) =>
        eb.or([eb('f.status', '=', 'open'), eb('f.done_at', '>=', options.doneSince)]),
      ),
    )
    .orderBy('f.created_at', 'desc')
    .orderBy('f.id', 'desc')
    .limit(options.limit)
    .execute();
}

export type FollowUpItemRow = Awaited<ReturnType<typeof listFollowUpItems>>[number];

export function findFollowUpItemForUpdate(tx: Tx, merchantId: string, id: string) {
  return tx
    .selectFrom('follow_up_items')
    .select(['id', 'customer_id', 'status', 'reason'])
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function markFollowUpItemDone(
  tx: Tx,
  merchantId: string,
  id: string,
  done: { outcome: string | null; interactionId: string; by: Actor; at: Date },
) {
  await tx
    .updateTable('follow_up_items')
    .set({
      status: 'done',
      outcome: done.outcome,
      interaction_id: done.interactionId,
      done_at: done.at,
      done_by_type: done.by.type,
      done_by_id: done.by.id,
    })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .execute();
}

/** On erasure: the notes and outcomes typed about the person go; the fact of the call stays. */
export async function redactFollowUpItems(tx: Tx, merchantId: string, customerId: string) {
  await tx
    .updateTable('follow_up_items')
    .set({ note: null, outcome: null, details: '{}' })
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .execute();
}

/** Customers whose birthday falls on one of these (month, day) pairs, and who bought lately. */
export async function customersWithBirthdayOn(
  tx: Tx,
  merchantId: string,
  days: readonly { month: number; day: number }[],
) {
  if (days.length === 0) return [];
  return tx
    .selectFrom('customers')
    .select(['id', 'birth_month', 'birth_day'])
    .where('merchant_id', '=', merchantId)
    .where('erased_at', 'is', null)
    .where((eb) =>
      eb.or(
        days.map((d) => eb.and([eb('birth_month', '=', d.month), eb('birth_day', '=', d.day)])),
      ),
    )
    .execute();
}

/** One item as the list shows it. */
export async function findFollowUpItem(tx: Tx, merchantId: string, id: string) {
  const [row] = await listFollowUpItems(tx, merchantId, {
    status: 'all',
    doneSince: new Date(0),
    limit: 1,
    ids: [id],
  });
  return row;
}
