import type { Tx } from '../../db/tenant.ts';

/**
 * What the engagement features hold about one customer, for their GDPR access export: their
 * survey answers (with the survey's title) and the follow-up items about them.
 */
export async function engagementDataFor(tx: Tx, merchantId: string, customerId: string) {
  const answers = await tx
    .selectFrom('survey_responses as r')
    .innerJoin('surveys as s', (join) =>
      join.onRef('s.merchant_id', '=', 'r.merchant_id').onRef('s.id', '=', 'r.survey_id'),
    )
    .select(['r.survey_id', 's.title', 'r.answers', 'r.nps_score', 'r.channel', 'r.created_at'])
    .where('r.merchant_id', '=', merchantId)
    .where('r.customer_id', '=', customerId)
    .orderBy('r.created_at')
    .execute();
  const followUps = await tx
    .selectFrom('follow_up_items')
    .select(['id', 'reason', 'note', 'status', 'outcome', 'created_at', 'done_at'])
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .orderBy('created_at')
    .execute();
  return {
    surveyAnswers: answers.map((a) => ({
      surveyId: a.survey_id,
      surveyTitle: a.title,
      answers: a.answers as Record<string, unknown>,
      npsScore: a.nps_score,
      channel: a.channel,
      answeredAt: a.created_at.toISOString(),
    })),
    followUps: followUps.map((f) => ({
      id: f.id,
      reason: f.reason,
      note: f.note,
      status: f.status,
      outcome: f.outcome,
      createdAt: f.created_at.toISOString(),
      doneAt: f.done_at?.toISOString() ?? null,
    })),
  };
}
