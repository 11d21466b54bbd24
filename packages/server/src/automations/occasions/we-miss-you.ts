import { z } from 'zod';
import { eligibleAmong } from '../../repositories/automation-candidates.ts';
import { customerValue } from '../../use-cases/analytics/customer-value-row.ts';
import { type DueCustomer, defineOccasion } from '../occasion.ts';

export type Slipping = {
  id: string;
  pAlive: number | null;
  purchases: number;
  lastVisit: string | null;
};

/**
 * Good customers (at least `minPurchases` purchases) whose P(alive) fell under the threshold.
 * Once per absence: the key is the last visit, so a customer who comes back and drifts away
 * again is missed again.
 * @example weMissYouDue([{ id: 'a', pAlive: 0.2, purchases: 6, lastVisit: '2026-05-02' }], { pAliveBelow: 0.3, minPurchases: 3 })
 * // [{ customerId: 'a', occasionKey: 'after:2026-05-02' }]
 */
export function weMissYouDue(
  customers: readonly Slipping[],
  parameters: { pAliveBelow: number; minPurchases: number },
): DueCustomer[] {
  return customers
    .filter(
      (c) =>
        c.pAlive !== null &&
        c.pAlive < parameters.pAliveBelow &&
        c.purchases >= parameters.minPurchases &&
        c.lastVisit !== null,
    )
    .map((c) => ({ customerId: c.id, occasionKey: `after:${c.lastVisit}` }));
}

/** "We miss you": a good customer the analytics say is slipping away (P(alive)). */
export const weMissYou = defineOccasion({
  id: 'we-miss-you',
  kind: 'marketing',
  parameters: z.object({
    pAliveBelow: z.number().min(0.01).max(0.99),
    minPurchases: z.number().int().min(1).max(1000),
  }),
  defaults: { pAliveBelow: 0.3, minPurchases: 3 },
  ready: () => true,
  fields: [],
  wording: {
    fr: {
      subject: 'Vous nous manquez, {{prenom|}}',
      body: 'Bonjour {{prenom|à vous}},\n\nCela fait un moment que nous ne vous avons pas vu chez {{boutique}}. Votre carte vous attend : {{solde|}}.\n\n{{lien_carte}}\n\nAu plaisir de vous revoir !',
    },
    en: {
      subject: 'We miss you, {{prenom|}}',
      body: 'Hello {{prenom|there}},\n\nWe have not seen you at {{boutique}} for a while. Your card is waiting for you: {{solde|}}.\n\n{{lien_carte}}\n\nHope to see you soon!',
    },
  },
  async due({ tx, merchantId, parameters, metrics }) {
    const m = await metrics();
    const customers = m.customers.map((_, index) => {
      const value = customerValue(m, index);
      return {
        id: value.id,
        pAlive: value.pAlive,
        purchases: value.purchases,
        lastVisit: value.lastVisit,
      };
    });
    const due = weMissYouDue(customers, parameters);
    const eligible = await eligibleAmong(
      tx,
      merchantId,
      due.map((d) => d.customerId),
    );
    return due.filter((d) => eligible.has(d.customerId));
  },
});
