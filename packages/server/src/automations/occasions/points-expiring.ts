import { type Program, planExpiryFrom } from '@habitue/loyalty';
import { z } from 'zod';
import { positiveBalances } from '../../repositories/automation-candidates.ts';
import { programOf } from '../../repositories/loyalty-rows.ts';
import { listProgramRows } from '../../repositories/programs.ts';
import { type LocalDay, localDay, within } from '../days.ts';
import { type DueCustomer, defineOccasion } from '../occasion.ts';

type Balance = {
  customer_id: string;
  program_id: string;
  balance: number;
  last_activity_at: Date | null;
};

const UNIT = {
  fr: { points: ['point', 'points'], stamps: ['tampon', 'tampons'] },
  en: { points: ['point', 'points'], stamps: ['stamp', 'stamps'] },
} as const;

/**
 * Balances whose expiry notice (the programme's `noticeDays` before they lapse for inactivity,
 * planned by the loyalty rules) falls on a day of [since, day] and that have not lapsed yet.
 * Once per deadline: a customer who comes back moves the deadline, and is told again before
 * the next one.
 * @example pointsExpiringDue(programs, [{ customer_id: 'a', program_id: 'p', balance: 40, last_activity_at }], window)
 * // [{ customerId: 'a', occasionKey: 'p:2027-01-15', values: { points_expirant: '40 points', date_expiration: '15/01/2027' } }]
 */
export function pointsExpiringDue(
  programs: readonly Program[],
  balances: readonly Balance[],
  window: { since: LocalDay; day: LocalDay; now: Date; timeZone: string; locale: 'fr' | 'en' },
): DueCustomer[] {
  const byId = new Map(programs.map((p) => [p.id, p]));
  const due: DueCustomer[] = [];
  for (const b of balances) {
    const program = byId.get(b.program_id);
    if (!program) continue;
    const plan = planExpiryFrom(program, {
      balance: b.balance,
      lastActivityAt: b.last_activity_at,
      clawbackOwed: 0,
    });
    if (!plan || plan.expiresAt.getTime() <= window.now.getTime()) continue;
    if (!within(localDay(plan.noticeAt, window.timeZone), window.since, window.day)) continue;
    const deadline = localDay(plan.expiresAt, window.timeZone);
    const [y, m, d] = deadline.split('-');
    const unit = UNIT[window.locale][program.kind][plan.amount >= 2 ? 1 : 0];
    due.push({
      customerId: b.customer_id,
      occasionKey: `${program.id}:${deadline}`,
      values: {
        points_expirant: `${plan.amount} ${unit}`,
        date_expiration: window.locale === 'fr' ? `${d}/${m}/${y}` : deadline,
      },
    });
  }
  return due;
}

/** Points (or stamps) about to lapse for inactivity: transactional, it is the customer's balance. */
export const pointsExpiring = defineOccasion({
  id: 'points-expiring',
  kind: 'transactional',
  parameters: z.object({}),
  defaults: {},
  ready: () => true,
  fields: ['points_expirant', 'date_expiration'],
  wording: {
    fr: {
      subject: 'Vos points chez {{boutique}} expirent bientôt',
      body: 'Bonjour {{prenom|à vous}},\n\n{{points_expirant}} sur votre carte {{boutique}} expireront le {{date_expiration}} faute de visite. Passez nous voir d’ici là pour les garder !\n\n{{lien_carte}}',
    },
    en: {
      subject: 'Your points at {{boutique}} expire soon',
      body: 'Hello {{prenom|there}},\n\n{{points_expirant}} on your {{boutique}} card will expire on {{date_expiration}} without a visit. Drop by before then to keep them!\n\n{{lien_carte}}',
    },
  },
  async due({ tx, merchantId, since, day, now, timeZone, locale }) {
    const programs = (await listProgramRows(tx, merchantId, { includeArchived: true })).map(
      programOf,
    );
    if (!programs.some((p) => p.expiry)) return [];
    return pointsExpiringDue(programs, await positiveBalances(tx, merchantId), {
      since,
      day,
      now,
      timeZone,
      locale,
    });
  },
});
