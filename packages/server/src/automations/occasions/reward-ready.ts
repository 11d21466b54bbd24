import { z } from 'zod';
import { openVouchersSince } from '../../repositories/automation-candidates.ts';
import { addDays, type LocalDay, localDay } from '../days.ts';
import { type DueCustomer, defineOccasion } from '../occasion.ts';

type OpenVoucher = {
  id: string;
  customer_id: string;
  code: string;
  issued_at: Date;
  expires_at: Date | null;
  source_type: string | null;
  reward_name: { fr: string; en: string };
};

/**
 * Vouchers unlocked and still unused `afterDays` days later (0: the day they were unlocked),
 * on a day up to `day`, not expired at `now`. The birthday voucher is left to the birthday
 * wishes. Once per voucher.
 * @example rewardReadyDue([voucher issued 2026-12-06], { afterDays: 0, day: '2026-12-07', now, timeZone: 'Europe/Paris', locale: 'fr' })
 * // [{ customerId, occasionKey: voucher.id, values: { recompense: 'Café offert', code_cadeau: 'K7P2' } }]
 */
export function rewardReadyDue(
  vouchers: readonly OpenVoucher[],
  window: { afterDays: number; day: LocalDay; now: Date; timeZone: string; locale: 'fr' | 'en' },
): DueCustomer[] {
  return vouchers
    .filter(
      (v) =>
        v.source_type !== 'birthday' &&
        (v.expires_at === null || v.expires_at.getTime() > window.now.getTime()) &&
        addDays(localDay(v.issued_at, window.timeZone), window.afterDays) <= window.day,
    )
    .map((v) => ({
      customerId: v.customer_id,
      occasionKey: v.id,
      values: { recompense: v.reward_name[window.locale], code_cadeau: v.code },
    }));
}

/** "Your reward is ready": a voucher unlocked and not yet used. Transactional: it is theirs. */
export const rewardReady = defineOccasion({
  id: 'reward-ready',
  kind: 'transactional',
  parameters: z.object({ afterDays: z.number().int().min(0).max(90) }),
  defaults: { afterDays: 0 },
  ready: () => true,
  fields: ['recompense', 'code_cadeau'],
  wording: {
    fr: {
      subject: 'Votre récompense vous attend chez {{boutique}}',
      body: 'Bonjour {{prenom|à vous}},\n\nBonne nouvelle : {{recompense}} vous attend ! Présentez le code {{code_cadeau}} ou votre carte lors de votre prochaine visite.\n\n{{lien_carte}}',
    },
    en: {
      subject: 'Your reward is waiting at {{boutique}}',
      body: 'Hello {{prenom|there}},\n\nGood news: {{recompense}} is waiting for you! Show the code {{code_cadeau}} or your card on your next visit.\n\n{{lien_carte}}',
    },
  },
  async due({ tx, merchantId, from, day, now, timeZone, locale, parameters }) {
    // Vouchers unlocked since the automation was on, reminded `afterDays` later.
    const issuedFrom = new Date(from.getTime() - parameters.afterDays * 86_400_000);
    return rewardReadyDue(await openVouchersSince(tx, merchantId, issuedFrom), {
      afterDays: parameters.afterDays,
      day,
      now,
      timeZone,
      locale,
    });
  },
});
