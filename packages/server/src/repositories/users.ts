import { sql } from 'kysely';
import type { Role } from '../db/schema.ts';
import type { Tx } from '../db/tenant.ts';

/** Users are people, not merchant data: one login may belong to several merchants. */
export function findUserByEmail(tx: Tx, email: string) {
  return tx
    .selectFrom('users')
    .selectAll()
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}

export function findUserById(tx: Tx, id: string) {
  return tx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updatePasswordHash(tx: Tx, userId: string, passwordHash: string) {
  await tx
    .updateTable('users')
    .set({ password_hash: passwordHash })
    .where('id', '=', userId)
    .execute();
}

export function insertUser(
  tx: Tx,
  u: { id: string; email: string; passwordHash: string; displayName: string | null },
) {
  return tx
    .insertInto('users')
    .values({
      id: u.id,
      email: u.email,
      password_hash: u.passwordHash,
      display_name: u.displayName,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertMembership(tx: Tx, merchantId: string, userId: string, role: Role) {
  await tx
    .insertInto('memberships')
    .values({ merchant_id: merchantId, user_id: userId, role })
    .execute();
}

/** The merchants a user may act for, owner memberships first, oldest first. */
export function membershipsOfUser(tx: Tx, userId: string) {
  return tx
    .selectFrom('memberships')
    .select(['merchant_id', 'role'])
    .where('user_id', '=', userId)
    .orderBy(sql`role = 'owner'`, 'desc')
    .orderBy('created_at')
    .execute();
}

export function listStaff(tx: Tx, merchantId: string) {
  return tx
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'users.id',
      'users.email',
      'users.display_name',
      'memberships.role',
      'memberships.created_at',
    ])
    .where('memberships.merchant_id', '=', merchantId)
    .orderBy('memberships.created_at')
    .execute();
}

export function findMembership(tx: Tx, merchantId: string, userId: string) {
  return tx
    .selectFrom('memberships')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function updateMembershipRole(tx: Tx, merchantId: string, userId: string, role: Role) {
  await tx
    .updateTable('memberships')
    .set({ role })
    .where('merchant_id', '=', merchantId)
    .where('user_id', '=', userId)
    .execute();
}

export async function deleteMembership(tx: Tx, merchantId: string, userId: string) {
  await tx
    .deleteFrom('memberships')
    .where('merchant_id', '=', merchantId)
    .where('user_id', '=', userId)
    .execute();
}

export async function countOwners(tx: Tx, merchantId: string): Promise<number> {
  const row = await tx
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('merchant_id', '=', merchantId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
