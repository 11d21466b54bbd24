import { z } from 'zod';
import { firstPurchasesSince } from '../../repositories/automation-candidates.ts';
import { addDays, type LocalDay, localDay, startOf, within } from '../days.ts';
import { satisfactionSurveyLink } from '../hooks/survey-link.ts';
import { type DueCustomer, defineOccasion } from '../occasion.ts';

/**
 * Customers whose first purchase was `days` days before a day of [since, day]: one thank-you
 * each, ever.
 * @example thankYouDue([{ id: 'a', purchase_id: 'p', occurred_at: new Date('2026-12-01T10:00:00Z') }], { days: 7, since: '2026-12-08', day: '2026-12-08', timeZone: 'Europe/Paris' })
 * // [{ customerId: 'a', occasionKey: 'first-purchase' }]
 */
export function thankYouDue(
  firsts: ReadonlyArray<{ id: string; purchase_id: string; occurred_at: Date }>,
  window: { days: number; since: LocalDay; day: LocalDay; timeZone: string },
): DueCustomer[] {
  return firsts
    .filter((f) =>
      within(
        addDays(localDay(f.occurred_at, window.timeZone), window.days),
        window.since,
        window.day,
      ),
    )
    .map((f) => ({ customerId: f.id, occasionKey: 'first-purchase' }));
}

/**
 * Thank-you N days after a first purchase, with the satisfaction survey's link
 * (`{{lien_questionnaire}}`) when the shop runs one.
 */
export const thankYou = defineOccasion({
  id: 'thank-you',
  kind: 'marketing',
  parameters: z.object({ days: z.number().int().min(1).max(90) }),
  defaults: { days: 7 },
  ready: () => true,
  fields: ['lien_questionnaire'],
  wording: {
    fr: {
      subject: 'Merci pour votre visite chez {{boutique}}',
      body: 'Bonjour {{prenom|à vous}},\n\nMerci d’être venu chez {{boutique}} ! Votre avis nous aide à mieux vous servir : {{lien_questionnaire|répondez simplement à ce message.}}\n\nÀ bientôt !',
    },
    en: {
      subject: 'Thank you for visiting {{boutique}}',
      body: 'Hello {{prenom|there}},\n\nThank you for coming to {{boutique}}! Your opinion helps us serve you better: {{lien_questionnaire|just reply to this message.}}\n\nSee you soon!',
    },
  },
  async due({ tx, merchantId, since, day, timeZone, parameters, publicUrl }) {
    const from = startOf(addDays(since, -parameters.days - 1), timeZone);
    const due = thankYouDue(await firstPurchasesSince(tx, merchantId, from), {
      days: parameters.days,
      since,
      day,
      timeZone,
    });
    return Promise.all(
      due.map(async (d) => ({
        ...d,
        values: {
          lien_questionnaire: await satisfactionSurveyLink(
            tx,
            { merchantId, publicUrl },
            d.customerId,
          ),
        },
      })),
    );
  },
});
