import { z } from 'zod';
import { membershipsLapsing } from '../../use-cases/club/memberships-lapsing.ts';
import { localDay } from '../days.ts';
import { type DueCustomer, defineOccasion } from '../occasion.ts';

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const longDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });

/**
 * One reminder per membership period: keyed by the renewal day, so a member is reminded once
 * before each renewal, whichever day the run finds them on.
 * @example clubRenewalDue([{ customerId: 'a', renewsAt: new Date('2027-01-10T10:00:00Z'), feeCents: 3000, clubName: 'Club' }], 'Europe/Paris')
 * // [{ customerId: 'a', occasionKey: 'renewal:2027-01-10', values: { club: 'Club', date_echeance: '10 janvier 2027', cotisation: '30,00 €' } }]
 */
export function clubRenewalDue(
  lapsing: ReadonlyArray<{
    customerId: string;
    renewsAt: Date;
    feeCents: number;
    clubName: string;
  }>,
  timeZone: string,
): DueCustomer[] {
  return lapsing.map((m) => {
    const renewsOn = localDay(m.renewsAt, timeZone);
    return {
      customerId: m.customerId,
      occasionKey: `renewal:${renewsOn}`,
      values: {
        club: m.clubName,
        date_echeance: longDate.format(new Date(`${renewsOn}T00:00:00Z`)),
        cotisation: euros.format(m.feeCents / 100),
      },
    };
  });
}

/**
 * The paid club's renewal reminder, the club's reminder days before the renewal date (or during
 * the grace days), to members who did not cancel. Transactional: it is about the membership the
 * customer pays for.
 */
export const clubRenewal = defineOccasion({
  id: 'club-renewal',
  kind: 'transactional',
  parameters: z.object({}),
  defaults: {},
  ready: () => true,
  fields: ['club', 'date_echeance', 'cotisation'],
  wording: {
    fr: {
      subject: 'Votre adhésion au {{club}} arrive à échéance',
      body: 'Bonjour {{prenom|à vous}},\n\nVotre adhésion au {{club}} de {{boutique}} se renouvelle le {{date_echeance}} ({{cotisation}}). Passez nous voir pour la renouveler et garder vos avantages.\n\nÀ très bientôt !',
    },
    en: {
      subject: 'Your {{club}} membership is due for renewal',
      body: 'Hello {{prenom|there}},\n\nYour {{club}} membership at {{boutique}} renews on {{date_echeance}} ({{cotisation}}). Drop by to renew it and keep your perks.\n\nSee you soon!',
    },
  },
  async due({ tx, merchantId, now, timeZone }) {
    return clubRenewalDue(await membershipsLapsing(tx, merchantId, now), timeZone);
  },
});
