import { randomBytes } from 'node:crypto';
import { createRandom, deriveSeed } from '@habitue/analytics';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../db/tenant.ts';
import { numberQuestions } from '../use-cases/surveys/survey-questions.ts';

/** What demo customers say, by NPS band: short, plausible comments of a neighbourhood bakery. */
const COMMENTS = {
  detractor: [
    'Attente trop longue le samedi matin.',
    'Le pain était trop cuit deux fois cette semaine.',
    'Plus de croissants après 10 h, dommage.',
  ],
  passive: [
    'Bon pain, mais un peu cher.',
    'Bien, sans plus.',
    'Les viennoiseries varient beaucoup.',
  ],
  promoter: [
    'La meilleure baguette du quartier !',
    'Toujours un sourire, merci à l’équipe.',
    'Les tartes aux fruits sont délicieuses.',
  ],
} as const;

/**
 * The demo shop's NPS survey of the last month: about one customer in ten answered (mostly
 * 8–10, a few unhappy ones), with comments, and each detractor on the follow-up list.
 */
export async function seedDemoSurveys(
  tx: Tx,
  merchantId: string,
  options: { seed: number; end: Date; customerIds: readonly string[] },
) {
  const rng = createRandom(deriveSeed(options.seed, 0x5e7));
  const random = () => rng.next();
  const opened = new Date(options.end.getTime() - 30 * 86_400_000);
  const surveyId = uuidv7();
  const questions = numberQuestions([
    { kind: 'nps', label: 'Recommanderiez-vous la Boulangerie des Lilas à un proche ?' },
    { kind: 'text', label: 'Qu’est-ce qui vous ferait donner une meilleure note ?' },
  ]);
  await tx
    .insertInto('surveys')
    .values({
      merchant_id: merchantId,
      id: surveyId,
      title: 'Votre avis compte',
      intro: 'Deux questions, trente secondes : merci !',
      questions: JSON.stringify(questions),
      public_token: randomBytes(18).toString('base64url'),
      created_at: opened,
      updated_at: opened,
    })
    .execute();
  for (const customerId of options.customerIds) {
    if (random() >= 0.1) continue;
    const u = random();
    const score =
      u < 0.12
        ? Math.floor(random() * 7)
        : u < 0.35
          ? 7 + Math.floor(random() * 2)
          : 9 + Math.floor(random() * 2);
    const band = score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
    const comment = random() < 0.5 ? COMMENTS[band][Math.floor(random() * 3)]! : null;
    const at = new Date(opened.getTime() + Math.floor(random() * 29 * 86_400_000));
    const responseId = uuidv7();
    await tx
      .insertInto('survey_responses')
      .values({
        merchant_id: merchantId,
        id: responseId,
        survey_id: surveyId,
        customer_id: customerId,
        answers: JSON.stringify(comment ? { q1: score, q2: comment } : { q1: score }),
        nps_score: score,
        channel: random() < 0.6 ? 'link' : 'contact',
        created_at: at,
      })
      .execute();
    if (band !== 'detractor') continue;
    await tx
      .insertInto('follow_up_items')
      .values({
        merchant_id: merchantId,
        id: uuidv7(),
        customer_id: customerId,
        reason: 'detractor',
        occasion_key: `detractor:${responseId}`,
        details: JSON.stringify({ surveyId, surveyTitle: 'Votre avis compte', score, comment }),
        created_by_type: 'public',
        created_at: at,
      })
      .execute();
  }
}
