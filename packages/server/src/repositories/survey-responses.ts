import type { SurveyChannel } from '../db/schema.ts';
import type { Tx } from '../db/tenant.ts';
import type { Answers, SurveyQuestion } from '../use-cases/surveys/survey-questions.ts';

/**
 * Records an answer unless this customer already answered this survey (the unique key decides,
 * so two answers sent at once still make one). Returns the new id, or undefined when refused.
 */
export async function insertSurveyResponse(
  tx: Tx,
  r: {
    merchantId: string;
    id: string;
    surveyId: string;
    customerId: string;
    answers: Answers;
    npsScore: number | null;
    channel: SurveyChannel;
    at: Date;
  },
): Promise<string | undefined> {
  const row = await tx
    .insertInto('survey_responses')
    .values({
      merchant_id: r.merchantId,
      id: r.id,
      survey_id: r.surveyId,
      customer_id: r.customerId,
      answers: JSON.stringify(r.answers),
      nps_score: r.npsScore,
      channel: r.channel,
      created_at: r.at,
    })
    .onConflict((oc) => oc.columns(['merchant_id', 'survey_id', 'customer_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function hasAnswered(
  tx: Tx,
  merchantId: string,
  surveyId: string,
  customerId: string,
) {
  const row = await tx
    .selectFrom('survey_responses')
    .select('id')
    .where('merchant_id', '=', merchantId)
    .where('survey_id', '=', surveyId)
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Every answer to a survey, newest first, with the customer's first name. */
export async function listSurveyResponses(tx: Tx, merchantId: string, surveyId: string) {
  const rows = await tx
    .selectFrom('survey_responses as r')
    .innerJoin('customers as c', (join) =>
      join.onRef('c.merchant_id', '=', 'r.merchant_id').onRef('c.id', '=', 'r.customer_id'),
    )
    .select(['r.customer_id', 'r.answers', 'r.nps_score', 'r.created_at', 'c.first_name'])
    .where('r.merchant_id', '=', merchantId)
    .where('r.survey_id', '=', surveyId)
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, answers: r.answers as Answers }));
}

/** On erasure: what the person wrote goes (text answers); scores and choices stay in the totals. */
export async function redactSurveyAnswers(tx: Tx, merchantId: string, customerId: string) {
  const rows = await tx
    .selectFrom('survey_responses as r')
    .innerJoin('surveys as s', (join) =>
      join.onRef('s.merchant_id', '=', 'r.merchant_id').onRef('s.id', '=', 'r.survey_id'),
    )
    .select(['r.id', 'r.answers', 's.questions'])
    .where('r.merchant_id', '=', merchantId)
    .where('r.customer_id', '=', customerId)
    .execute();
  for (const row of rows) {
    const texts = new Set(
      (row.questions as SurveyQuestion[]).filter((q) => q.kind === 'text').map((q) => q.id),
    );
    const kept = Object.fromEntries(
      Object.entries(row.answers as Answers).filter(([id]) => !texts.has(id)),
    );
    await tx
      .updateTable('survey_responses')
      .set({ answers: JSON.stringify(kept) })
      .where('merchant_id', '=', merchantId)
      .where('id', '=', row.id)
      .execute();
  }
}

export async function countSurveyResponses(tx: Tx, merchantId: string, surveyId: string) {
  const row = await tx
    .selectFrom('survey_responses')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('merchant_id', '=', merchantId)
    .where('survey_id', '=', surveyId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * A customer's answers to every survey, newest first, with each survey's title and questions;
 * the answers of customers merged into them count as theirs (they stay where they were given:
 * one answer per customer and survey).
 */
export async function listAnswersOfCustomer(tx: Tx, merchantId: string, customerId: string) {
  const rows = await tx
    .selectFrom('survey_responses as r')
    .innerJoin('surveys as s', (join) =>
      join.onRef('s.merchant_id', '=', 'r.merchant_id').onRef('s.id', '=', 'r.survey_id'),
    )
    .select([
      'r.id',
      'r.survey_id',
      's.title',
      's.questions',
      'r.answers',
      'r.nps_score',
      'r.channel',
      'r.created_at',
    ])
    .where('r.merchant_id', '=', merchantId)
    .where((eb) =>
      eb.or([
        eb('r.customer_id', '=', customerId),
        eb(
          'r.customer_id',
          'in',
          eb
            .selectFrom('customers as m')
            .select('m.id')
            .where('m.merchant_id', '=', merchantId)
            .where('m.merged_into', '=', customerId),
        ),
      ]),
    )
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .execute();
  return rows.map((r) => ({
    ...r,
    questions: r.questions as SurveyQuestion[],
    answers: r.answers as Answers,
  }));
}
