import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../db/tenant.ts';
import {
  insertAcquisitionChannel,
  saveAcquisitionSpend,
  saveCustomerAcquisition,
} from '../repositories/acquisition.ts';

const CHANNELS = [
  'Passage devant la boutique',
  'Bouche-à-oreille',
  'Instagram',
  'Flyer dans le quartier',
] as const;

/** What each channel cost a month (cents); the flyer is printed in spring and autumn only. */
const MONTHLY_SPEND = [0, 0, 6_000, 0] as const;
const FLYER_CENTS = 18_000;
const FLYER_MONTHS = new Set([3, 4, 9, 10]);
const LOYALTY_CENTS = 9_000;

const line = (sku: string, name: string, category: string, unitPriceCents: number) => ({
  sku,
  name,
  category,
  quantity: 1,
  unitPriceCents,
});
const BAGUETTE = line('BAG-TRAD', 'Baguette tradition', 'pain', 130);
const CROISSANT = line('VIE-CROI', 'Croissant au beurre', 'viennoiserie', 120);
const CAFE = line('BOI-CAFE', 'Café à emporter', 'boisson', 180);
const TARTE = line('PAT-TART', 'Tarte aux fruits', 'pâtisserie', 2_200);

/** A deterministic draw in [0, 1) per (seed, text): the demo is the same every time. */
function draw(seed: number, text: string): number {
  let h = 2_166_136_261 ^ seed;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16_777_619);
  return (h >>> 0) / 4_294_967_296;
}

/**
 * The demo bakery's acquisition and cross-sell: four answers to « comment nous avez-vous
 * connus ? », given by about two customers in three; two years of monthly budgets (Instagram
 * every month, a flyer in spring and autumn, the loyalty budget); and the items of each receipt,
 * where croissant lovers take to a coffee later and some regulars to the fruit tart, so the
 * customer page has something « à proposer ».
 */
export async function seedDemoAcquisition(
  tx: Tx,
  merchantId: string,
  options: { seed: number; end: Date },
) {
  const channels = [];
  for (const [position, label] of CHANNELS.entries()) {
    channels.push(
      await insertAcquisitionChannel(tx, {
        merchantId,
        id: uuidv7(),
        label,
        position,
        at: options.end,
      }),
    );
  }
  const { rows: customers } = await sql<{ id: string; customer_since: Date }>`
    select id, customer_since from customers where merchant_id = ${merchantId} order by id`.execute(
    tx,
  );
  for (const c of customers) {
    const r = draw(options.seed, c.id);
    if (r >= 0.66) continue;
    await saveCustomerAcquisition(tx, {
      merchantId,
      customerId: c.id,
      channelId: channels[Math.min(3, Math.floor((r / 0.66) * 4))]!.id,
      recordedBy: 'signup',
      at: c.customer_since,
    });
  }
  for (let back = 0; back < 24; back += 1) {
    const first = new Date(
      Date.UTC(options.end.getUTCFullYear(), options.end.getUTCMonth() - back, 1),
    );
    const month = first.toISOString().slice(0, 10);
    const spend = (budget: 'development' | 'loyalty', channel: string, amountCents: number) =>
      saveAcquisitionSpend(tx, {
        merchantId,
        month,
        budget,
        channel,
        amountCents,
        at: options.end,
      });
    for (const [i, cents] of MONTHLY_SPEND.entries()) {
      if (cents > 0) await spend('development', `channel:${channels[i]!.id}`, cents);
    }
    if (FLYER_MONTHS.has(first.getUTCMonth() + 1)) {
      await spend('development', `channel:${channels[3]!.id}`, FLYER_CENTS);
    }
    await spend('loyalty', '', LOYALTY_CENTS);
  }
  await itemiseReceipts(tx, merchantId, options.seed);
}

/** Gives every demo receipt its items, customer by customer in time order. */
async function itemiseReceipts(tx: Tx, merchantId: string, seed: number) {
  const { rows } = await sql<{ id: string; customer_id: string }>`
    select id, customer_id from purchases where merchant_id = ${merchantId}
     order by customer_id, occurred_at, id`.execute(tx);
  const ids: string[] = [];
  const items: string[] = [];
  let visit = 0;
  let previous = '';
  for (const p of rows) {
    visit = p.customer_id === previous ? visit + 1 : 0;
    previous = p.customer_id;
    const taste = draw(seed, p.customer_id);
    const basket = [BAGUETTE];
    // Half the customers add a croissant from their second visit; most of those, a coffee later.
    if (taste < 0.5 && visit >= 1) basket.push(CROISSANT);
    if (taste < 0.35 && visit >= 3) basket.push(CAFE);
    // A regular in five ends up taking a fruit tart now and then.
    if (draw(seed + 1, p.customer_id) < 0.2 && visit >= 4 && visit % 3 === 1) basket.push(TARTE);
    ids.push(p.id);
    items.push(JSON.stringify(basket));
  }
  for (let i = 0; i < ids.length; i += 5_000) {
    await sql`
      update purchases p set items = v.items
        from (select unnest(${ids.slice(i, i + 5_000)}::uuid[]) as id,
                     unnest(${items.slice(i, i + 5_000)}::jsonb[]) as items) v
       where p.merchant_id = ${merchantId} and p.id = v.id`.execute(tx);
  }
}
