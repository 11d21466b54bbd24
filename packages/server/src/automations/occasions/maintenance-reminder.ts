import { z } from 'zod';
import { purchasesWithItemsSince } from '../../repositories/automation-candidates.ts';
import { addMonths, type LocalDay, localDay, startOf, within } from '../days.ts';
import { type DueCustomer, defineOccasion } from '../occasion.ts';

type Sale = {
  id: string;
  customer_id: string;
  occurred_at: Date;
  items: Array<{ name?: string; sku?: string; category?: string }> | null;
  tags: string[];
};

const norm = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

/**
 * `months` months after a purchase that matches — an item whose name, reference or category
 * contains `item` (accents and case aside), or any purchase of a customer tagged `tag` — on a
 * day of [since, day]. Once per purchase (seed 000's boiler → its yearly maintenance).
 * @example maintenanceDue([{ id: 'p', customer_id: 'a', occurred_at: 2025-12-07, items: [{ name: 'Chaudière gaz' }], tags: [] }], { months: 12, item: 'chaudiere', tag: '', since: '2026-12-07', day: '2026-12-07', timeZone })
 * // [{ customerId: 'a', occasionKey: 'purchase:p' }]
 */
export function maintenanceDue(
  sales: readonly Sale[],
  window: {
    months: number;
    item: string;
    tag: string;
    since: LocalDay;
    day: LocalDay;
    timeZone: string;
  },
): DueCustomer[] {
  const item = norm(window.item);
  const tag = norm(window.tag);
  const matches = (s: Sale) =>
    (item !== '' &&
      (s.items ?? []).some((i) =>
        [i.name, i.sku, i.category].some(
          (field) => field !== undefined && norm(field).includes(item),
        ),
      )) ||
    (tag !== '' && s.tags.some((t) => norm(t) === tag));
  return sales
    .filter(
      (s) =>
        matches(s) &&
        within(
          addMonths(localDay(s.occurred_at, window.timeZone), window.months),
          window.since,
          window.day,
        ),
    )
    .map((s) => ({ customerId: s.customer_id, occasionKey: `purchase:${s.id}` }));
}

/** A maintenance or contract reminder N months after a purchase of a given item or tag. */
export const maintenanceReminder = defineOccasion({
  id: 'maintenance-reminder',
  kind: 'marketing',
  parameters: z.object({
    months: z.number().int().min(1).max(120),
    item: z.string().trim().max(100),
    tag: z.string().trim().max(60),
  }),
  defaults: { months: 12, item: '', tag: '' },
  // Without an item or a tag it would concern nobody: the owner says which first.
  ready: (p) => p.item !== '' || p.tag !== '',
  fields: [],
  wording: {
    fr: {
      subject: 'C’est le moment de l’entretien, {{prenom|}}',
      body: 'Bonjour {{prenom|à vous}},\n\nIl y a un an, vous nous faisiez confiance. C’est le moment de prévoir l’entretien : appelez-nous ou passez chez {{boutique}} pour prendre rendez-vous.\n\nÀ bientôt !',
    },
    en: {
      subject: 'Time for your maintenance, {{prenom|}}',
      body: 'Hello {{prenom|there}},\n\nA year ago you placed your trust in us. It is time to plan the maintenance: call us or drop by {{boutique}} to book an appointment.\n\nSee you soon!',
    },
  },
  async due({ tx, merchantId, since, day, timeZone, parameters }) {
    const from = startOf(addMonths(since, -parameters.months - 1), timeZone);
    return maintenanceDue(await purchasesWithItemsSince(tx, merchantId, from), {
      ...parameters,
      since,
      day,
      timeZone,
    });
  },
});
