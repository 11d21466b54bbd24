import { sql } from 'kysely';
import type { SurveyStatus } from '../db/schema.ts';
import type { Tx } from '../db/tenant.ts';
import type { SurveyQuestion } from '../use-cases/surveys/survey-questions.ts';

export type SurveyRow = {
  merchant_id: string;
  id: string;
  title: string;
  intro: string | null;
  questions: SurveyQuestion[];
  public_token: string;
  status: SurveyStatus;
  created_at: Date;
  updated_at: Date;
  closed_at: Date | null;
};

export async function insertSurvey(
  tx: Tx,
  s: {
    merchantId: string;
    id: string;
    title: string;
    intro: string | null;
    questions: SurveyQuestion[];
    publicToken: string;
    at: Date;
  },
) {
  await tx
    .insertInto('surveys')
    .values({
      merchant_id: s.merchantId,
      id: s.id,
      title: s.title,
      intro: s.intro,
      questions: JSON.stringify(s.questions),
      public_token: s.publicToken,
      created_at: s.at,
      updated_at: s.at,
    })
    .execute();
}

export async function findSurvey(tx: Tx, merchantId: string, id: string) {
  const row = await tx
    .selectFrom('surveys')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row as SurveyRow | undefined;
}

/** Cross-merchant (run with `asSystem`): the survey a public token names, and so its merchant. */
export function findSurveyByPublicToken(tx: Tx, token: string) {
  return tx
    .selectFrom('surveys')
    .select(['merchant_id', 'id'])
    .where('public_token', '=', token)
    .executeTakeFirst();
}

/** The shop's newest survey still taking answers, if any. */
export function newestOpenSurvey(tx: Tx, merchantId: string) {
  return tx
    .selectFrom('surveys')
    .select(['id'])
    .where('merchant_id', '=', merchantId)
    .where('status', '=', 'open')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** The shop's surveys, newest first, with how many answered each. */
export async function listSurveys(tx: Tx, merchantId: string) {
  const rows = await tx
    .selectFrom('surveys')
    .selectAll('surveys')
    .select((eb) =>
      eb
        .selectFrom('survey_responses')
        .select(sql<number>`count(*)::int8`.as('n'))
        .whereRef('survey_responses.merchant_id', '=', 'surveys.merchant_id')
        .whereRef('survey_responses.survey_id', '=', 'surveys.id')
        .as('responses'),
    )
    .where('merchant_id', '=', merchantId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows as (SurveyRow & { responses: number | null })[];
}

export async function updateSurvey(
  tx: Tx,
  merchantId: string,
  id: string,
  changes: { title?: string; intro?: string | null; status?: SurveyStatus },
  at: Date,
) {
  await tx
    .updateTable('surveys')
    .set({
      updated_at: at,
      ...(changes.title !== undefined ? { title: changes.title } : {}),
      ...(changes.intro !== undefined ? { intro: changes.intro } : {}),
      ...(changes.status !== undefined
        ? { status: changes.status, closed_at: changes.status === 'closed' ? at : null }
        : {}),
    })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .execute();
}
