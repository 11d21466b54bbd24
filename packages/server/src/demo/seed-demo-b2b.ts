import { luhnValid } from '@habitue/analytics';
import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../db/tenant.ts';
import { insertB2bAccount, insertB2bContact } from '../repositories/b2b-accounts.ts';
import { insertInvoice } from '../repositories/b2b-invoices.ts';

const DAY_MS = 86_400_000;
const day = (end: Date, daysAgo: number) =>
  new Date(end.getTime() - daysAgo * DAY_MS).toISOString().slice(0, 10);

/** A fictitious SIRET: the given 13 digits and the key digit that makes the Luhn sum right. */
function fictitiousSiret(first13: string): string {
  for (let key = 0; key <= 9; key += 1) {
    if (luhnValid(first13 + key) && luhnValid(first13.slice(0, 9))) return first13 + key;
  }
  throw new Error(`no Luhn key for ${first13}`);
}

/** A fictitious SIREN: 8 digits and their Luhn key. */
function fictitiousSiren(first8: string): string {
  for (let key = 0; key <= 9; key += 1) if (luhnValid(first8 + key)) return first8 + key;
  throw new Error(`no Luhn key for ${first8}`);
}

/**
 * Two business accounts of the demo bakery (a hotel that pays late, a café that pays on time),
 * each with one of the biggest buyers of the history as its contact and a year of monthly
 * invoices, so the Comptes pro page, payment quality and the priority list have something to say.
 */
export async function seedDemoB2b(tx: Tx, merchantId: string, end: Date) {
  const { rows: buyers } = await sql<{ customer_id: string }>`
    select customer_id from purchases where merchant_id = ${merchantId}
     group by customer_id order by sum(amount_cents) desc, customer_id limit 2`.execute(tx);
  const accounts = [
    { name: 'Hôtel des Lilas (démo)', siren: fictitiousSiren('90000001'), lateDays: 24 },
    { name: 'Café du Canal (démo)', siren: fictitiousSiren('90000002'), lateDays: 0 },
  ];
  for (const [n, spec] of accounts.entries()) {
    const buyer = buyers[n];
    if (!buyer) return;
    const id = uuidv7();
    const at = new Date(end.getTime() - 365 * DAY_MS);
    await insertB2bAccount(
      tx,
      merchantId,
      id,
      {
        companyName: spec.name,
        siren: spec.siren,
        siret: fictitiousSiret(`${spec.siren}0001`),
        address: `${n + 3} rue des Lilas, 75019 Paris`,
        paymentTermsDays: 30,
        potentialEstimateCents: null,
      },
      at,
    );
    await insertB2bContact(tx, merchantId, id, buyer.customer_id, at);
    for (let month = 12; month >= 1; month -= 1) {
      const issued = month * 30 + 15;
      const due = issued - 30;
      // The hotel pays 24 days late and still owes its last invoice; the café pays on the day.
      const open = month === 1 && spec.lateDays > 0;
      const paid = open ? null : day(end, Math.max(due - spec.lateDays, 0));
      await insertInvoice(
        tx,
        merchantId,
        id,
        uuidv7(),
        {
          number: `DEMO-${n + 1}-${String(13 - month).padStart(2, '0')}`,
          amountCents: 18_000 + month * 700,
          issuedOn: day(end, issued),
          dueOn: day(end, due),
          paidOn: paid,
        },
        at,
      );
    }
  }
}
