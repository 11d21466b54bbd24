import { randomBytes } from 'node:crypto';
import { formatVoucherCode, type Program } from '@habitue/loyalty';
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { hashPassword } from '../auth/passwords.ts';
import { newCardToken } from '../auth/tokens.ts';
import type { Database } from '../db/schema.ts';
import { asSystem, type Tx } from '../db/tenant.ts';
import { ledgerRow } from '../repositories/ledger.ts';
import { insertMembership, insertUser } from '../repositories/users.ts';
import { createMerchant } from '../use-cases/merchants/create-merchant.ts';
import { buildDemoHistory } from './build-demo-history.ts';
import { localMidnight } from './local-midnight.ts';
import { seedDemoAcquisition } from './seed-demo-acquisition.ts';
import { seedDemoB2b } from './seed-demo-b2b.ts';
import { seedDemoB2bThresholds } from './seed-demo-b2b-thresholds.ts';
import { seedDemoBonuses } from './seed-demo-bonuses.ts';
import { seedDemoClubAndCause } from './seed-demo-club.ts';
import { seedDemoGoals } from './seed-demo-goals.ts';
import { seedDemoLadderAndPromo } from './seed-demo-ladder-and-promo.ts';
import { seedDemoSurveys } from './seed-demo-surveys.ts';

export const DEMO = {
  name: 'Boulangerie des Lilas',
  slug: 'boulangerie-des-lilas',
  owner: { email: 'demo@habitue.app', password: 'lilas-demo-2026' },
  cashier: { email: 'caisse@boulangerie-des-lilas.fr', password: 'caisse-lilas-2026' },
} as const;

// Rows per INSERT: large enough to amortise round trips, under PostgreSQL's 65,535 parameters.
const BATCH = 2000;

const DEMO_ACTOR = { type: 'system' as const, id: 'demo' };

async function insertInBatches<T>(items: readonly T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += BATCH) await write(items.slice(i, i + BATCH));
}

/**
 * Creates the demo shop: owner and cashier logins, a shop location, the "10e offert" stamp card,
 * and two years of customers, purchases, stamps, vouchers and redemptions (docs/demo-data.md).
 * All in one transaction: a demo is either complete or absent.
 */
export async function seedDemoShop(db: Kysely<Database>, options: { seed: number; now: Date }) {
  const end = localMidnight(options.now, 'Europe/Paris');
  const start = new Date(end.getTime() - 730 * 86_400_000);
  const [ownerHash, cashierHash] = await Promise.all([
    hashPassword(DEMO.owner.password),
    hashPassword(DEMO.cashier.password),
  ]);
  const seeded = await asSystem(db, async (tx) => {
    const merchant = await createMerchant(tx, {
      name: DEMO.name,
      slug: DEMO.slug,
      businessKind: 'bakery',
    });
    const owner = await insertUser(tx, {
      id: uuidv7(),
      email: DEMO.owner.email,
      passwordHash: ownerHash,
      displayName: 'Marie Lefèvre',
    });
    const cashier = await insertUser(tx, {
      id: uuidv7(),
      email: DEMO.cashier.email,
      passwordHash: cashierHash,
      displayName: 'Julien (caisse)',
    });
    // Written by the system role to the end, every row naming this shop: on a Citus cluster a
    // switch to the restricted role would reach the workers over other connections, which may
    // not touch what this transaction has written ("placements that were modified in this
    // transaction by a different user").
    await insertMembership(tx, merchant.id, owner.id, 'owner');
    await insertMembership(tx, merchant.id, cashier.id, 'staff');
    await tx
      .updateTable('merchants')
      .set({ brand_color: '#7a3e2b' })
      .where('id', '=', merchant.id)
      .execute();
    const locationId = uuidv7();
    await tx
      .insertInto('locations')
      .values({
        merchant_id: merchant.id,
        id: locationId,
        name: 'Boutique rue des Lilas',
        address: '12 rue des Lilas, 75019 Paris',
      })
      .execute();
    const program = await insertDemoProgram(tx, merchant.id, start);
    const history = buildDemoHistory({
      seed: options.seed,
      start,
      end,
      program,
      newId: uuidv7,
      voucherCode: () => formatVoucherCode(randomBytes(8)),
    });
    const ids = new Map(history.customers.map((c) => [c.key, uuidv7()]));
    await writeHistory(tx, merchant.id, locationId, history, ids);
    await seedDemoSurveys(tx, merchant.id, {
      seed: options.seed,
      end,
      customerIds: [...ids.values()],
    });
    await seedDemoBonuses(tx, merchant.id, program, options.now);
    await seedDemoClubAndCause(tx, merchant.id, history, ids, end);
    await seedDemoB2b(tx, merchant.id, end);
    await seedDemoB2bThresholds(tx, merchant.id, options.now);
    await seedDemoLadderAndPromo(tx, merchant.id, options.now);
    await seedDemoAcquisition(tx, merchant.id, { seed: options.seed, end });
    return {
      merchant,
      ownerId: owner.id,
      customers: history.customers.length,
      purchases: history.purchases.length,
    };
  });
  // Goals measure their baselines from the committed history, so they come after it.
  const { ownerId, ...shop } = seeded;
  await seedDemoGoals(
    db,
    { merchantId: shop.merchant.id, ownerId, timeZone: 'Europe/Paris' },
    options.now,
  );
  return shop;
}

async function insertDemoProgram(tx: Tx, merchantId: string, launchedAt: Date): Promise<Program> {
  const program: Program = {
    kind: 'stamps',
    id: uuidv7(),
    version: 1,
    name: { fr: 'Achetez 9, le 10e offert', en: 'Buy 9, get the 10th free' },
    rule: { per: 'visit' },
    stampsPerCard: 9,
    rewardId: uuidv7(),
    voucherValidityDays: 90,
  };
  const { id, version, name, kind, ...rules } = program;
  await tx
    .insertInto('programs')
    .values({
      merchant_id: merchantId,
      id,
      kind,
      version,
      name: JSON.stringify(name),
      rules: JSON.stringify(rules),
      spend_estimate: JSON.stringify({ averageBasketCents: 900 }),
      created_at: launchedAt,
      updated_at: launchedAt,
    })
    .execute();
  await tx
    .insertInto('rewards')
    .values({
      merchant_id: merchantId,
      id: program.rewardId,
      program_id: id,
      name: JSON.stringify({ fr: 'Viennoiserie offerte', en: 'Free pastry' }),
      cost: 9,
      cost_price_cents: 35,
      retail_value_cents: 130,
      created_at: launchedAt,
      updated_at: launchedAt,
    })
    .execute();
  return program;
}

async function writeHistory(
  tx: Tx,
  merchantId: string,
  locationId: string,
  history: ReturnType<typeof buildDemoHistory>,
  ids: Map<string, string>,
) {
  const actor = { actor_type: 'system' as const, actor_id: 'demo' };
  await insertInBatches(history.customers, (batch) =>
    tx
      .insertInto('customers')
      .values(
        batch.map((c) => ({
          merchant_id: merchantId,
          id: ids.get(c.key)!,
          first_name: c.firstName,
          last_name: c.lastName,
          email: c.email,
          phone: c.phone,
          birth_day: c.birthday?.day ?? null,
          birth_month: c.birthday?.month ?? null,
          company: null,
          card_token: newCardToken(),
          customer_since: c.customerSince,
          member_since: c.memberSince,
          created_at: c.customerSince,
          updated_at: c.customerSince,
        })),
      )
      .execute(),
  );
  const consents = history.customers.filter((c) => c.email);
  await insertInBatches(consents, (batch) =>
    tx
      .insertInto('consents')
      .values(
        batch.map((c) => ({
          merchant_id: merchantId,
          id: uuidv7(),
          customer_id: ids.get(c.key)!,
          channel: 'email' as const,
          granted: c.emailConsent,
          recorded_at: c.customerSince,
          source: 'counter',
          wording_version: 'fr-2024-11',
        })),
      )
      .execute(),
  );
  await insertInBatches(history.purchases, (batch) =>
    tx
      .insertInto('purchases')
      .values(
        batch.map((p) => ({
          merchant_id: merchantId,
          id: p.id,
          customer_id: ids.get(p.customerKey)!,
          amount_cents: p.amountCents,
          occurred_at: p.at,
          location_id: locationId,
          external_id: null,
          items: null,
          created_at: p.at,
          ...actor,
        })),
      )
      .execute(),
  );
  const members = [...history.ledger.entries()];
  const entries = members.flatMap(([key, s]) => s.entries.map((e) => ({ key, e })));
  await insertInBatches(entries, (batch) =>
    tx
      .insertInto('ledger_entries')
      .values(
        batch.map(({ key, e }) => ({
          ...ledgerRow({ merchantId, customerId: ids.get(key)!, actor: DEMO_ACTOR }, e),
          // History is dated when it happened, not when the demo was created.
          created_at: e.at,
        })),
      )
      .execute(),
  );
  const vouchers = members.flatMap(([key, s]) => s.vouchers.map((v) => ({ key, v })));
  await insertInBatches(vouchers, (batch) =>
    tx
      .insertInto('vouchers')
      .values(
        batch.map(({ key, v }) => ({
          merchant_id: merchantId,
          id: v.id,
          customer_id: ids.get(key)!,
          program_id: v.programId,
          reward_id: v.rewardId,
          code: v.code,
          cost: v.cost,
          unit: v.unit,
          source: JSON.stringify(v.source),
          issued_at: v.issuedAt,
          expires_at: v.expiresAt,
        })),
      )
      .execute(),
  );
  await insertInBatches(history.redemptions, (batch) =>
    tx
      .insertInto('redemptions')
      .values(
        batch.map((r) => ({
          merchant_id: merchantId,
          id: r.id,
          customer_id: ids.get(r.customerKey)!,
          program_id: r.voucher.programId,
          reward_id: r.voucher.rewardId,
          voucher_id: r.voucher.id,
          cost: r.voucher.cost,
          unit: r.voucher.unit,
          created_at: r.at,
          ...actor,
        })),
      )
      .execute(),
  );
  await insertInBatches(history.redemptions, (batch) =>
    tx
      .insertInto('voucher_events')
      .values(
        batch.map((r) => ({
          merchant_id: merchantId,
          voucher_id: r.voucher.id,
          kind: 'used' as const,
          at: r.at,
          redemption_id: r.id,
          refund_id: null,
        })),
      )
      .execute(),
  );
}
