import { z } from 'zod';
import { membersJoinedSince } from '../../repositories/automation-candidates.ts';
import { type LocalDay, localDay } from '../days.ts';
import { type DueCustomer, defineOccasion } from '../occasion.ts';

/**
 * Who joined the programme from `from` to the end of `day` (shop-local): one welcome each, ever.
 * @example welcomeDue([{ id: 'a', member_since: new Date('2026-12-06T10:00:00Z') }], { from: new Date('2026-12-06T09:00:00Z'), day: '2026-12-06', timeZone: 'Europe/Paris' })
 * // [{ customerId: 'a', occasionKey: 'welcome' }]
 */
export function welcomeDue(
  members: ReadonlyArray<{ id: string; member_since: Date }>,
  window: { from: Date; day: LocalDay; timeZone: string },
): DueCustomer[] {
  return members
    .filter(
      (m) =>
        m.member_since.getTime() >= window.from.getTime() &&
        localDay(m.member_since, window.timeZone) <= window.day,
    )
    .map((m) => ({ customerId: m.id, occasionKey: 'welcome' }));
}

/**
 * The welcome after sign-up: the card link and what the programme gives. Transactional: it
 * confirms the membership the customer just asked for.
 */
export const welcome = defineOccasion({
  id: 'welcome',
  kind: 'transactional',
  parameters: z.object({}),
  defaults: {},
  ready: () => true,
  fields: [],
  wording: {
    fr: {
      subject: 'Bienvenue chez {{boutique}} !',
      body: 'Bonjour {{prenom|à vous}},\n\nMerci de rejoindre le programme de fidélité de {{boutique}}. Votre carte est toujours à portée de main : {{lien_carte}}\n\nÀ très bientôt !',
    },
    en: {
      subject: 'Welcome to {{boutique}}!',
      body: "Hello {{prenom|there}},\n\nThank you for joining {{boutique}}'s loyalty programme. Your card is always at hand: {{lien_carte}}\n\nSee you soon!",
    },
  },
  async due({ tx, merchantId, from, day, timeZone }) {
    return welcomeDue(await membersJoinedSince(tx, merchantId, from), { from, day, timeZone });
  },
});
