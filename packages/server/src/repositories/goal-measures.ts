import type { Tx } from '../db/tenant.ts';

/** One stored measure: what a subject ('metrics', 'goal:<id>') measured, from which inputs. */
export type GoalMeasure = { subject: string; inputs: string; measured: unknown };

/** The shop's stored measures of these subjects that were measured from these very inputs. */
export async function findGoalMeasures(
  tx: Tx,
  merchantId: string,
  wanted: readonly { subject: string; inputs: string }[],
): Promise<Map<string, unknown>> {
  if (wanted.length === 0) return new Map();
  const rows = await tx
    .selectFrom('goal_measures')
    .select(['subject', 'inputs', 'measured'])
    .where('merchant_id', '=', merchantId)
    .where(
      'subject',
      'in',
      wanted.map((w) => w.subject),
    )
    .execute();
  const inputsOf = new Map(wanted.map((w) => [w.subject, w.inputs]));
  return new Map(
    rows.filter((r) => inputsOf.get(r.subject) === r.inputs).map((r) => [r.subject, r.measured]),
  );
}

/** Replaces these subjects' measures (one statement, whatever their number). */
export async function saveGoalMeasures(
  tx: Tx,
  merchantId: string,
  measures: readonly GoalMeasure[],
  at: Date,
): Promise<void> {
  if (measures.length === 0) return;
  await tx
    .insertInto('goal_measures')
    .values(
      measures.map((m) => ({
        merchant_id: merchantId,
        subject: m.subject,
        inputs: m.inputs,
        measured: JSON.stringify(m.measured),
        measured_at: at,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['merchant_id', 'subject']).doUpdateSet((eb) => ({
        inputs: eb.ref('excluded.inputs'),
        measured: eb.ref('excluded.measured'),
        measured_at: eb.ref('excluded.measured_at'),
      })),
    )
    .execute();
}
