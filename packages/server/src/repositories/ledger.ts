import type { LedgerEntry, VoucherEvent, VoucherGrant } from '@habitue/loyalty';
import { type InferResult, type Selectable, sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { compiledOnce } from '../db/compiled-once.ts';
import { deferredKeyCheck } from '../db/deferred-key-check.ts';
import type { PurchasesTable } from '../db/schema.ts';
import { apiKeyLive, type Tx } from '../db/tenant.ts';
import type { Actor } from '../use-cases/scope.ts';
import { refuseMerged } from './customers.ts';
import { type CarriedClaim, claimKeyInsert } from './idempotency-keys.ts';
import { causeRef, entryOf, voucherEventOf, voucherOf } from './loyalty-rows.ts';
import type { NewPurchase } from './purchases.ts';

/**
 * Locks one customer's loyalty state for the rest of the transaction. Every operation that
 * reads a balance to decide what to append takes this lock first, so two concurrent
 * redemptions cannot both spend the same points.
 */
export async function lockCustomer(
  tx: Tx,
  merchantId: string,
  ref: { customerId?: string | undefined; cardToken?: string | undefined },
) {
  const [column, value] = ref.customerId
    ? (['id', ref.customerId] as const)
    : (['card_token', ref.cardToken] as const);
  if (!value) return undefined;
  const lock = (col: 'id' | 'card_token', v: string) =>
    tx
      .selectFrom('customers')
      .selectAll()
      .where('merchant_id', '=', merchantId)
      .where(col, '=', v)
      .forUpdate()
      .executeTakeFirst();
  const row = await lock(column, value);
  return followMergedCard(row, column, (id) => lock('id', id));
}

/**
 * A merged duplicate: its card (scanned at the counter) leads to the survivor, its id is
 * refused with `customer_merged` (`refuseMerged`).
 */
async function followMergedCard<T extends { id: string; merged_into: string | null }>(
  row: T | undefined,
  column: 'id' | 'card_token',
  load: (survivorId: string) => Promise<T | undefined>,
): Promise<T | undefined> {
  if (!row?.merged_into) return row;
  if (column === 'id') return refuseMerged(row);
  return load(row.merged_into);
}

/**
 * The same lock, returning with the customer what a purchase checks its caches against: the
 * merchant's `loyalty_version` (programs and rewards) and whether any active webhook listens to
 * the given events. One statement.
 */
export async function lockCustomerWithVersion(
  tx: Tx,
  merchantId: string,
  ref: { customerId?: string | undefined; cardToken?: string | undefined },
  events: readonly string[],
) {
  const load = async (r: typeof ref) =>
    await customerWithVersion(tx, merchantId, r, events)?.forUpdate().executeTakeFirst();
  return followMergedCard(await load(ref), ref.customerId ? 'id' : 'card_token', (id) =>
    load({ customerId: id }),
  );
}

/**
 * The purchase's lock: the customer (locked) with the merchant's `loyalty_version`, whether a
 * webhook listens, and the shop's settings a purchase applies (tier ladder with the time zone,
 * bonuses, cause share; null when the shop has none) — settings rows are the merchant's, not the
 * customer's, so reading them at this statement's snapshot is as fresh as a statement of their
 * own. With `claim`, the idempotency key is claimed first, in the same statement (a CTE that
 * the lateral lock follows, so every request takes the key before the customer, as a
 * separate claim would). One statement.
 *
 * It also proves the request's API key when the transaction left that to it
 * (`keyCheckInWork`): a key revoked since this process learnt it is refused (401) before the
 * key is claimed or anything written. In the claiming form the proof is a column of the
 * claim's row, which exists whether or not the customer does; in the other, of the customer's
 * row (no customer: the request fails with 404 and the key is proved after it, by
 * `authenticate`).
 */
export async function lockCustomerForPurchase(
  tx: Tx,
  merchantId: string,
  ref: { customerId?: string | undefined; cardToken?: string | undefined },
  events: readonly string[],
  claim?: CarriedClaim,
) {
  // Every value through `merchant` and `keyId`: the claiming form passes placeholders here,
  // and the statement is built once per process (`compiledOnce`); a value taken from this call
  // instead would be the first shop's for every later one.
  // `keyId`: the owed key's (a placeholder in the claiming form), or null for no proof.
  const locked = (r: typeof ref, merchant: string, keyId: string | null) =>
    customerWithVersion(tx, merchant, r, events)
      ?.select([
        sql<{ ladder: unknown; time_zone: string } | null>`(
          select json_build_object('ladder', t.ladder, 'time_zone', m.time_zone)
          from tier_ladders t join merchants m on m.id = t.merchant_id
          where t.merchant_id = ${merchant} and m.id = ${merchant})`.as('tier_row'),
        sql<unknown>`(select b.settings from bonus_settings b where b.merchant_id = ${merchant})`.as(
          'bonus_settings',
        ),
        sql<{ rule: unknown; default_cause_id: string; customers_choose: boolean } | null>`(
          select json_build_object('rule', s.rule, 'default_cause_id', s.default_cause_id,
            'customers_choose', s.customers_choose)
          from cause_settings s where s.merchant_id = ${merchant})`.as('cause_row'),
        keyLive(merchant, keyId).as('key_live'),
      ])
      .forUpdate();
  const column = ref.customerId ? 'id' : 'card_token';
  const value = ref.customerId || ref.cardToken;
  if (!value) return undefined;
  type Locked = NonNullable<ReturnType<typeof locked>>;
  let row: Awaited<ReturnType<Locked['executeTakeFirst']>>;
  if (claim) {
    const check = deferredKeyCheck(merchantId);
    const claiming = (p: ClaimingValues) =>
      tx
        .with('claim', (db) =>
          claimKeyInsert(db, {
            id: { merchantId: p.merchantId, principal: p.principal, key: p.key },
            requestHash: p.requestHash,
            at: p.at,
          }),
        )
        .selectFrom((db) =>
          db
            .selectFrom('claim')
            .select([
              sql<number>`count(*)::int`.as('claimed'),
              keyLive(p.merchantId, check ? p.keyId : null).as('key_proof'),
            ])
            .as('k'),
        )
        .leftJoinLateral(
          locked(
            column === 'id' ? { customerId: p.ref } : { cardToken: p.ref },
            p.merchantId,
            null,
          )!.as('locked'),
          (join) => join.onTrue(),
        )
        .selectAll('locked')
        .select(['k.claimed', 'k.key_proof']);
    // Built and compiled once per shape: only the values change from one purchase to the next.
    const { rows } = await tx.executeQuery<InferResult<ReturnType<typeof claiming>>[number]>(
      compiledOnce(
        `purchase-lock:${column}:${events.join(',')}:${check ? 'key' : 'no-key'}`,
        {
          merchantId: claim.id.merchantId,
          principal: claim.id.principal,
          key: claim.id.key,
          requestHash: claim.requestHash,
          at: claim.at,
          ref: value,
          keyId: check?.keyId ?? null,
        },
        claiming,
      ),
    );
    const claimed = rows[0];
    if (!claimed) throw new Error('the claim statement answered no row');
    // The key first: a revoked key's request is refused, not replayed nor worked.
    check?.settle(claimed.key_proof === true);
    await claim.settle(claimed.claimed === 1);
    const { claimed: _, key_proof: __, ...customer } = claimed;
    row = customer.id === null ? undefined : (customer as NonNullable<typeof row>);
  } else {
    row = await locked(ref, merchantId, owedKeyId(merchantId))!.executeTakeFirst();
    settleKeyProof(merchantId, row);
  }
  return followMergedCard(row, column, async (id) => {
    const survivor = await locked(
      { customerId: id },
      merchantId,
      owedKeyId(merchantId),
    )!.executeTakeFirst();
    settleKeyProof(merchantId, survivor);
    return survivor;
  });
}

/**
 * The API key's proof as a column: the owed key's liveness, or null when the statement proves
 * none (the key was proved when the transaction began, or the request has none).
 */
function keyLive(merchant: string, keyId: string | null) {
  return keyId === null ? sql<boolean | null>`null::boolean` : apiKeyLive(merchant, keyId);
}

/** The id of the API key this request still owes a proof for in the merchant's transaction. */
function owedKeyId(merchantId: string): string | null {
  return deferredKeyCheck(merchantId)?.keyId ?? null;
}

/** Settles the owed key with the proof a locked row carries (no row: nothing proved). */
function settleKeyProof(merchantId: string, row: { key_live: boolean | null } | undefined) {
  const check = deferredKeyCheck(merchantId);
  if (check && row) check.settle(row.key_live === true);
}

/** What the purchase's lock statement takes as parameters (`compiledOnce`). */
type ClaimingValues = {
  merchantId: string;
  principal: string;
  key: string;
  requestHash: string;
  at: Date;
  ref: string;
  keyId: string | null;
};

/** The same without the lock, for a read (the customer's card). */
export async function findCustomerWithVersion(
  tx: Tx,
  merchantId: string,
  ref: { customerId?: string | undefined; cardToken?: string | undefined },
) {
  const load = async (r: typeof ref) =>
    await customerWithVersion(tx, merchantId, r, [])?.executeTakeFirst();
  return followMergedCard(await load(ref), ref.customerId ? 'id' : 'card_token', (id) =>
    load({ customerId: id }),
  );
}

function customerWithVersion(
  tx: Tx,
  merchantId: string,
  ref: { customerId?: string | undefined; cardToken?: string | undefined },
  events: readonly string[],
) {
  const [column, value] = ref.customerId
    ? (['id', ref.customerId] as const)
    : (['card_token', ref.cardToken] as const);
  if (!value) return undefined;
  // The merchant's id as a value in every sub-select, not `c.merchant_id`: a Citus cluster
  // routes a locking query to one node only when each table names its merchant (docs/scale.md).
  return tx
    .selectFrom('customers as c')
    .selectAll('c')
    .select([
      sql<number>`(select m.loyalty_version from merchants m where m.id = ${merchantId})`.as(
        'loyalty_version',
      ),
      (events.length === 0
        ? sql<boolean>`false`
        : sql<boolean>`exists (select from webhooks w where w.merchant_id = ${merchantId} and w.active and w.events && ${sql.val(events)}::text[])`
      ).as('webhooks_listening'),
    ])
    .where('c.merchant_id', '=', merchantId)
    .where(`c.${column}`, '=', value);
}

/** Vouchers a purchase unlocked (to replay a re-sent externalId's answer). */
export async function vouchersUnlockedBy(
  tx: Tx,
  merchantId: string,
  customerId: string,
  purchaseId: string,
) {
  const rows = await tx
    .selectFrom('vouchers')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .where(sql`source ->> 'type'`, '=', 'card_completed')
    .where(sql`source ->> 'purchaseId'`, '=', purchaseId)
    .orderBy('issued_at')
    .execute();
  return rows.map(voucherOf);
}

/**
 * Everything the loyalty rules need about one customer: entries, vouchers, voucher events —
 * with those of the duplicates merged into them, whose purchases they now hold (a refund of
 * one takes back what it earned on the duplicate's ledger). A duplicate's entries sum to zero
 * after its `merge` entry out, so the balances are the survivor's own.
 */
export async function loadCustomerLedger(tx: Tx, merchantId: string, customerId: string) {
  const [entries, vouchers, events] = await Promise.all([
    tx
      .selectFrom('ledger_entries')
      .selectAll()
      .where('merchant_id', '=', merchantId)
      .where('customer_id', 'in', customerAndMerged(tx, merchantId, customerId))
      .orderBy('id')
      .execute(),
    tx
      .selectFrom('vouchers')
      .selectAll()
      .where('merchant_id', '=', merchantId)
      .where('customer_id', 'in', customerAndMerged(tx, merchantId, customerId))
      .orderBy('issued_at')
      .execute(),
    tx
      .selectFrom('voucher_events')
      .innerJoin('vouchers', (j) =>
        j
          .onRef('vouchers.merchant_id', '=', 'voucher_events.merchant_id')
          .onRef('vouchers.id', '=', 'voucher_events.voucher_id'),
      )
      .selectAll('voucher_events')
      .where('voucher_events.merchant_id', '=', merchantId)
      .where('vouchers.customer_id', 'in', customerAndMerged(tx, merchantId, customerId))
      .execute(),
  ]);
  return {
    entries: entries.map(entryOf),
    vouchers: vouchers.map(voucherOf),
    voucherEvents: events.map(voucherEventOf),
  };
}

/** The customer's id and those of the duplicates merged into them. */
function customerAndMerged(tx: Tx, merchantId: string, customerId: string) {
  return tx
    .selectFrom('customers')
    .select('id')
    .where('merchant_id', '=', merchantId)
    .where((eb) => eb.or([eb('id', '=', customerId), eb('merged_into', '=', customerId)]));
}

export type LedgerContext = { merchantId: string; customerId: string; actor: Actor };

/** The stored row of a ledger entry the rules produced. */
export function ledgerRow(ctx: LedgerContext, e: LedgerEntry) {
  return {
    merchant_id: ctx.merchantId,
    id: uuidv7(),
    customer_id: ctx.customerId,
    program_id: e.programId,
    program_version: e.programVersion,
    kind: e.kind,
    unit: e.unit,
    delta: e.delta,
    cause_type: e.cause.type,
    cause_ref: causeRef(e.cause),
    cause: JSON.stringify(e.cause),
    actor_type: ctx.actor.type,
    actor_id: ctx.actor.id,
    occurred_at: e.at,
  };
}

export async function appendEntries(tx: Tx, ctx: LedgerContext, entries: readonly LedgerEntry[]) {
  if (entries.length === 0) return [];
  return tx
    .insertInto('ledger_entries')
    .values(entries.map((e) => ledgerRow(ctx, e)))
    .returning(['id'])
    .execute();
}

/**
 * Records a purchase with the ledger entries and vouchers it produced in ONE statement (a
 * round trip instead of three; the snapshot triggers fire once at its end). Entries and
 * vouchers travel as one JSON parameter each, so the statement text never changes and
 * PostgreSQL plans it like any other.
 */
export async function insertPurchaseWithLedger(
  tx: Tx,
  ctx: LedgerContext,
  purchase: NewPurchase,
  entries: readonly LedgerEntry[],
  grants: readonly (VoucherGrant & { code: string })[],
) {
  const entryRows = entries.map((e) => ({ ...ledgerRow(ctx, e), cause: e.cause }));
  const voucherRows = grants.map((v) => ({ ...voucherRow(ctx, v), source: v.source }));
  const { rows } = await sql<Selectable<PurchasesTable>>`
    with p as (
      insert into purchases (merchant_id, id, customer_id, amount_cents, occurred_at,
        location_id, external_id, items, discounts, actor_type, actor_id)
      values (${purchase.merchantId}, ${purchase.id}, ${purchase.customerId},
        ${purchase.amountCents}, ${purchase.occurredAt}, ${purchase.locationId},
        ${purchase.externalId}, ${purchase.items ? JSON.stringify(purchase.items) : null}::jsonb,
        ${purchase.discounts?.length ? JSON.stringify(purchase.discounts) : null}::jsonb,
        ${purchase.actor.type}, ${purchase.actor.id})
      returning *
    ), e as (
      insert into ledger_entries (merchant_id, id, customer_id, program_id, program_version,
        kind, unit, delta, cause_type, cause_ref, cause, actor_type, actor_id, occurred_at)
      select merchant_id, id, customer_id, program_id, program_version, kind, unit, delta,
        cause_type, cause_ref, cause, actor_type, actor_id, occurred_at
      from json_populate_recordset(null::ledger_entries, ${JSON.stringify(entryRows)}::json)
      -- On Citus an insert of computed rows without \`returning\` is a COPY into the shards,
      -- which row-level security refuses; with it, an insert on each shard (docs/scale.md).
      returning merchant_id
    ), v as (
      insert into vouchers (merchant_id, id, customer_id, program_id, reward_id, code, cost,
        unit, source, issued_at, expires_at)
      select merchant_id, id, customer_id, program_id, reward_id, code, cost, unit, source,
        issued_at, expires_at
      from json_populate_recordset(null::vouchers, ${JSON.stringify(voucherRows)}::json)
      returning merchant_id
    )
    select * from p`.execute(tx);
  return rows[0]!;
}

export function voucherRow(
  ctx: Pick<LedgerContext, 'merchantId' | 'customerId'>,
  v: VoucherGrant & { code: string },
) {
  return {
    merchant_id: ctx.merchantId,
    id: v.id,
    customer_id: ctx.customerId,
    program_id: v.programId,
    reward_id: v.rewardId,
    code: v.code,
    cost: v.cost,
    unit: v.unit,
    source: JSON.stringify(v.source),
    issued_at: v.issuedAt,
    expires_at: v.expiresAt,
  };
}

/** Stores the vouchers the rules granted, each with the code drawn for it. */
export async function insertVouchers(
  tx: Tx,
  ctx: LedgerContext,
  grants: readonly (VoucherGrant & { code: string })[],
) {
  if (grants.length === 0) return;
  await tx
    .insertInto('vouchers')
    .values(grants.map((v) => voucherRow(ctx, v)))
    .execute();
}

/** The primary key (merchant, voucher) makes a second "used" for one voucher fail: usable once. */
export async function appendVoucherEvents(
  tx: Tx,
  merchantId: string,
  events: readonly VoucherEvent[],
) {
  if (events.length === 0) return;
  await tx
    .insertInto('voucher_events')
    .values(
      events.map((e) => ({
        merchant_id: merchantId,
        voucher_id: e.voucherId,
        kind: e.kind,
        at: e.at,
        redemption_id: e.kind === 'used' ? e.redemptionId : null,
        refund_id: e.kind === 'voided' ? e.refundId : null,
      })),
    )
    .execute();
}

/** One customer's voucher by its code, with its event (used or voided) if it has one. */
export async function findCustomerVoucher(
  tx: Tx,
  merchantId: string,
  customerId: string,
  code: string,
) {
  const row = await tx
    .selectFrom('vouchers as v')
    .leftJoin('voucher_events as e', (j) =>
      j.onRef('e.merchant_id', '=', 'v.merchant_id').onRef('e.voucher_id', '=', 'v.id'),
    )
    .selectAll('v')
    .select([
      'e.kind as event_kind',
      'e.at as event_at',
      'e.redemption_id as event_redemption_id',
      'e.refund_id as event_refund_id',
    ])
    .where('v.merchant_id', '=', merchantId)
    .where('v.customer_id', '=', customerId)
    .where('v.code', '=', code)
    .executeTakeFirst();
  if (!row) return undefined;
  const { event_kind, event_at, event_redemption_id, event_refund_id, ...voucher } = row;
  return {
    voucher: voucherOf(voucher),
    events:
      event_kind === null || event_at === null
        ? []
        : [
            voucherEventOf({
              merchant_id: merchantId,
              voucher_id: voucher.id,
              kind: event_kind,
              at: event_at,
              redemption_id: event_redemption_id,
              refund_id: event_refund_id,
            }),
          ],
  };
}

export function findVoucherByCode(tx: Tx, merchantId: string, code: string) {
  return tx
    .selectFrom('vouchers')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export function ledgerPage(
  tx: Tx,
  merchantId: string,
  customerId: string,
  options: { limit: number; before?: string },
) {
  let q = tx
    .selectFrom('ledger_entries')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .orderBy('id', 'desc')
    .limit(options.limit);
  if (options.before) q = q.where('id', '<', options.before);
  return q.execute();
}
