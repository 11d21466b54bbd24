import type { Tx } from '../db/tenant.ts';

export type GoalRow = {
  id: string;
  name: string | null;
  metric: string;
  segment: Record<string, unknown> | null;
  template: string | null;
  baseline: number;
  target: number;
  starts_on: string;
  deadline: string;
  created_at: Date;
  archived_at: Date | null;
};

const COLUMNS = [
  'id',
  'name',
  'metric',
  'segment',
  'template',
  'baseline',
  'target',
  'starts_on',
  'deadline',
  'created_at',
  'archived_at',
] as const;

/** The shop's goals, oldest first; archived ones only when asked. */
export function listGoalRows(tx: Tx, merchantId: string, options: { archived: boolean }) {
  let q = tx.selectFrom('goals').select(COLUMNS).where('merchant_id', '=', merchantId);
  if (!options.archived) q = q.where('archived_at', 'is', null);
  return q.orderBy('created_at').orderBy('id').execute() as Promise<GoalRow[]>;
}

/** One goal of the shop, locked until the transaction ends. */
export function findGoalForUpdate(tx: Tx, merchantId: string, id: string) {
  return tx
    .selectFrom('goals')
    .select(COLUMNS)
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst() as Promise<GoalRow | undefined>;
}

export async function insertGoal(
  tx: Tx,
  merchantId: string,
  row: Omit<GoalRow, 'created_at' | 'archived_at'>,
  at: Date,
) {
  await tx
    .insertInto('goals')
    .values({
      merchant_id: merchantId,
      ...row,
      segment: row.segment === null ? null : JSON.stringify(row.segment),
      created_at: at,
      updated_at: at,
    })
    .execute();
}

export async function updateGoalRow(
  tx: Tx,
  merchantId: string,
  id: string,
  changes: { name?: string | null; target?: number; deadline?: string; archived_at?: Date },
  at: Date,
) {
  await tx
    .updateTable('goals')
    .set({ ...changes, updated_at: at })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .execute();
}
