import { causeShareCents } from '@habitue/loyalty';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../db/tenant.ts';
import { insertCause, saveCauseSettings } from '../repositories/causes.ts';
import { saveClubSettings } from '../repositories/club.ts';
import type { buildDemoHistory } from './build-demo-history.ts';

const DAY_MS = 86_400_000;
const ACTOR = { type: 'system' as const, id: 'demo' };
/** 1 % of each member's purchase goes to the (fictional) neighbourhood animal shelter. */
const SHARE = { kind: 'percent', basisPoints: 100 } as const;

/**
 * The demo shop's paid club and cause, so that a newcomer sees both working: the "Club des
 * gourmands" (30 € a year, 5 % off, perks) launched 400 days ago with members who joined, renewed,
 * cancelled or lapsed; and the "Refuge des Lilas", given 1 % of every member's purchase of the
 * last year, with one donation paid. Written with the same repositories and rules as the API.
 */
export async function seedDemoClubAndCause(
  tx: Tx,
  merchantId: string,
  history: ReturnType<typeof buildDemoHistory>,
  ids: Map<string, string>,
  end: Date,
) {
  const launch = new Date(end.getTime() - 400 * DAY_MS);
  await saveClubSettings(
    tx,
    merchantId,
    {
      name: 'Club des gourmands',
      period: 'yearly',
      feeCents: 3_000,
      discountPercent: 5,
      perks: [
        'Une viennoiserie offerte le jour de votre anniversaire',
        'Dégustations en avant-première',
      ],
      graceDays: 15,
      reminderDays: 14,
      active: true,
    },
    launch,
  );
  const members = history.customers.filter((c) => c.memberSince !== null);
  const clubbers = members.filter((_, i) => i % 8 === 0).slice(0, 30);
  const rows = clubbers.flatMap((c, i) => {
    const joined = new Date(launch.getTime() + i * 11 * DAY_MS);
    const customerId = ids.get(c.key)!;
    const row = (at: Date, payment: boolean) => ({
      merchant_id: merchantId,
      id: uuidv7(),
      customer_id: customerId,
      kind: payment ? ('payment' as const) : ('cancellation' as const),
      occurred_at: at,
      period: payment ? ('yearly' as const) : null,
      amount_cents: payment ? 3_000 : null,
      method: payment ? (i % 2 === 0 ? ('card' as const) : ('cash' as const)) : null,
      actor_type: ACTOR.type,
      actor_id: ACTOR.id,
      created_at: at,
    });
    const events = [row(joined, true)];
    const renewal = new Date(joined.getTime() + 360 * DAY_MS);
    // Two in three renew a few days before the year ends; every fifth cancels after six months.
    if (i % 3 !== 2 && renewal < end) events.push(row(renewal, true));
    const cancelled = new Date(joined.getTime() + 180 * DAY_MS);
    if (i % 5 === 4 && cancelled < end) events.push(row(cancelled, false));
    return events;
  });
  if (rows.length > 0) await tx.insertInto('club_events').values(rows).execute();

  const causeId = uuidv7();
  const since = new Date(end.getTime() - 365 * DAY_MS);
  await insertCause(tx, {
    merchantId,
    id: causeId,
    name: 'Refuge des Lilas',
    description: 'Le refuge pour chiens et chats du quartier',
    at: since,
  });
  await saveCauseSettings(
    tx,
    merchantId,
    { rule: SHARE, defaultCauseId: causeId, customersChoose: false },
    since,
  );
  const memberSince = new Map(members.map((c) => [c.key, c.memberSince!]));
  const shares = history.purchases
    .filter((p) => p.at >= since && (memberSince.get(p.customerKey) ?? end) <= p.at)
    .map((p) => ({
      merchant_id: merchantId,
      id: uuidv7(),
      cause_id: causeId,
      customer_id: ids.get(p.customerKey)!,
      purchase_id: p.id,
      refund_id: null,
      amount_cents: causeShareCents(SHARE, p.amountCents),
      occurred_at: p.at,
      created_at: p.at,
    }))
    .filter((s) => s.amount_cents > 0);
  for (let i = 0; i < shares.length; i += 1_000) {
    await tx
      .insertInto('cause_shares')
      .values(shares.slice(i, i + 1_000))
      .execute();
  }
  // One donation made: what the first six months gave, paid on the first day after them.
  const firstHalf = new Date(since.getTime() + 182 * DAY_MS);
  const owed = shares
    .filter((s) => s.occurred_at < firstHalf)
    .reduce((sum, s) => sum + s.amount_cents, 0);
  if (owed > 0) {
    await tx
      .insertInto('cause_payments')
      .values({
        merchant_id: merchantId,
        id: uuidv7(),
        cause_id: causeId,
        amount_cents: owed,
        paid_on: firstHalf.toISOString().slice(0, 10),
        reference: 'Virement semestriel',
        actor_type: ACTOR.type,
        actor_id: ACTOR.id,
        created_at: firstHalf,
      })
      .execute();
  }
}
