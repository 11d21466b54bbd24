import { z } from 'zod';
import {
  birthdayVoucherCode,
  customersWithBirthdays,
} from '../../repositories/automation-candidates.ts';
import { addDays, type LocalDay } from '../days.ts';
import { type DueCustomer, defineOccasion } from '../occasion.ts';

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * Whose birthday falls on a day of [since, day]; one message per customer and year (the key).
 * Born on 29 February: wished on the 28th in other years.
 * @example birthdaysDue([{ id: 'a', birth_day: 7, birth_month: 12 }], '2026-12-07', '2026-12-07')
 * // [{ customerId: 'a', occasionKey: '2026' }]
 */
export function birthdaysDue(
  customers: ReadonlyArray<{ id: string; birth_day: number; birth_month: number }>,
  since: LocalDay,
  day: LocalDay,
): DueCustomer[] {
  const due: DueCustomer[] = [];
  for (let d = since; d <= day; d = addDays(d, 1)) {
    const [year, month, dayOfMonth] = d.split('-').map(Number) as [number, number, number];
    for (const c of customers) {
      const celebrated =
        c.birth_month === 2 && c.birth_day === 29 && !isLeap(year) ? 28 : c.birth_day;
      if (c.birth_month === month && celebrated === dayOfMonth) {
        due.push({ customerId: c.id, occasionKey: String(year) });
      }
    }
  }
  return due;
}

const GIFT = {
  fr: (code: string) => `Votre cadeau vous attend : présentez le code ${code} en boutique.`,
  en: (code: string) => `Your gift is waiting: show the code ${code} in the shop.`,
};

/**
 * Birthday wishes. When the shop's birthday bonus granted a voucher, the message carries its
 * code (`{{code_cadeau}}`, and `{{cadeau}}` as a sentence); otherwise just the wishes.
 */
export const birthday = defineOccasion({
  id: 'birthday',
  kind: 'marketing',
  parameters: z.object({}),
  defaults: {},
  ready: () => true,
  fields: ['cadeau', 'code_cadeau'],
  wording: {
    fr: {
      subject: 'Joyeux anniversaire {{prenom|}} !',
      body: 'Bonjour {{prenom|à vous}},\n\nToute l’équipe de {{boutique}} vous souhaite un très joyeux anniversaire !\n\n{{cadeau}}',
    },
    en: {
      subject: 'Happy birthday {{prenom|}}!',
      body: 'Hello {{prenom|there}},\n\nEveryone at {{boutique}} wishes you a very happy birthday!\n\n{{cadeau}}',
    },
  },
  async due({ tx, merchantId, since, day, locale }) {
    const due = birthdaysDue(await customersWithBirthdays(tx, merchantId), since, day);
    return Promise.all(
      due.map(async (d) => {
        const code = await birthdayVoucherCode(tx, merchantId, d.customerId, Number(d.occasionKey));
        return {
          ...d,
          values: { code_cadeau: code, cadeau: code === null ? null : GIFT[locale](code) },
        };
      }),
    );
  },
});
