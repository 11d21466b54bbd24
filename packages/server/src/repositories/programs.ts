import type { Program, Reward } from '@habitue/loyalty';
import { type Selectable, sql } from 'kysely';
import type { ProgramsTable, RewardsTable } from '../db/schema.ts';
import type { Tx } from '../db/tenant.ts';
import { programOf, rewardOf, rulesOf } from './loyalty-rows.ts';

export type SpendEstimate = { averageBasketCents?: number; averageItemPriceCents?: number };

export async function insertProgram(
  tx: Tx,
  merchantId: string,
  program: Program,
  estimate: SpendEstimate,
) {
  const row = await tx
    .insertInto('programs')
    .values({
      merchant_id: merchantId,
      id: program.id,
      kind: program.kind,
      name: JSON.stringify(program.name),
      rules: JSON.stringify(rulesOf(program)),
      spend_estimate: JSON.stringify(estimate),
      version: program.version,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { program: programOf(row), row };
}

/** Saves new rules as the next version; past ledger entries keep the version they were made with. */
export async function saveProgramVersion(
  tx: Tx,
  merchantId: string,
  program: Program,
  estimate: SpendEstimate,
  at: Date,
) {
  const row = await tx
    .updateTable('programs')
    .set({
      name: JSON.stringify(program.name),
      rules: JSON.stringify(rulesOf(program)),
      spend_estimate: JSON.stringify(estimate),
      version: program.version,
      updated_at: at,
    })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', program.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return { program: programOf(row), row };
}

export async function archiveProgram(tx: Tx, merchantId: string, id: string, at: Date) {
  await tx
    .updateTable('programs')
    .set({ archived_at: at, updated_at: at })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .where('archived_at', 'is', null)
    .execute();
}

export function findProgramRow(tx: Tx, merchantId: string, id: string) {
  return tx
    .selectFrom('programs')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function listProgramRows(tx: Tx, merchantId: string, options: { includeArchived: boolean }) {
  let q = tx
    .selectFrom('programs')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .orderBy('created_at');
  if (!options.includeArchived) q = q.where('archived_at', 'is', null);
  return q.execute();
}

export async function insertReward(tx: Tx, merchantId: string, reward: Reward) {
  const row = await tx
    .insertInto('rewards')
    .values({
      merchant_id: merchantId,
      id: reward.id,
      program_id: reward.programId,
      name: JSON.stringify(reward.name),
      cost: reward.cost,
      cost_price_cents: reward.costPriceCents,
      retail_value_cents: reward.retailValueCents,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return rewardOf(row);
}

export async function updateRewardRow(tx: Tx, merchantId: string, reward: Reward, at: Date) {
  const row = await tx
    .updateTable('rewards')
    .set({
      name: JSON.stringify(reward.name),
      cost: reward.cost,
      cost_price_cents: reward.costPriceCents,
      retail_value_cents: reward.retailValueCents,
      updated_at: at,
      ...(reward.archived ? { archived_at: at } : {}),
    })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', reward.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return rewardOf(row);
}

export function findRewardRow(tx: Tx, merchantId: string, id: string) {
  return tx
    .selectFrom('rewards')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listRewards(
  tx: Tx,
  merchantId: string,
  options: { programId?: string; includeArchived: boolean },
) {
  let q = tx
    .selectFrom('rewards')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .orderBy('cost');
  if (options.programId) q = q.where('program_id', '=', options.programId);
  if (!options.includeArchived) q = q.where('archived_at', 'is', null);
  return (await q.execute()).map(rewardOf);
}

type ProgramJson = Omit<Selectable<ProgramsTable>, 'created_at' | 'updated_at' | 'archived_at'> & {
  created_at: string;
  updated_at: string;
  archived_at: string | null;
};
type RewardJson = Omit<Selectable<RewardsTable>, 'created_at' | 'updated_at' | 'archived_at'> & {
  created_at: string;
  updated_at: string;
  archived_at: string | null;
};

const dateOrNull = (v: string | null) => (v === null ? null : new Date(v));

/**
 * Every program and reward of a merchant, archived ones included (their balances and vouchers
 * still count), with the `loyalty_version` they are current for — read in one statement, so
 * the version and the rows always match.
 */
export async function loadProgramCatalog(tx: Tx, merchantId: string) {
  const { rows } = await sql<{
    loyalty_version: number;
    programs: ProgramJson[];
    rewards: RewardJson[];
  }>`
    select m.loyalty_version,
      coalesce((select json_agg(p order by p.created_at) from programs p
        where p.merchant_id = m.id), '[]') as programs,
      coalesce((select json_agg(r order by r.cost) from rewards r
        where r.merchant_id = m.id), '[]') as rewards
    from merchants m where m.id = ${merchantId}`.execute(tx);
  const row = rows[0];
  if (!row) return { version: -1, programRows: [], rewards: [] };
  return {
    version: Number(row.loyalty_version),
    programRows: row.programs.map(
      (p): Selectable<ProgramsTable> => ({
        ...p,
        created_at: new Date(p.created_at),
        updated_at: new Date(p.updated_at),
        archived_at: dateOrNull(p.archived_at),
      }),
    ),
    rewards: row.rewards.map((r) =>
      rewardOf({
        ...r,
        created_at: new Date(r.created_at),
        updated_at: new Date(r.updated_at),
        archived_at: dateOrNull(r.archived_at),
      }),
    ),
  };
}
