import type { Standing, Voucher, VoucherSource } from '@habitue/loyalty';
import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';
import { entryActivityAt } from './ledger-activity.ts';

/**
 * The snapshots kept next to the ledger (`loyalty_balances`, maintained by triggers in the
 * statement that appends entries, vouchers or voucher events): what a purchase, a card read or
 * a redemption reads instead of the customer's whole history.
 */

type StandingRow = {
  program_id: string;
  balance: number;
  last_activity_at: Date | null;
  clawback_owed: number;
  open_vouchers: number;
  /** Only when `open_vouchers` > 0: the vouchers without an event, oldest first. */
  vouchers: StoredVoucherJson[] | null;
};

type StoredVoucherJson = {
  id: string;
  program_id: string;
  reward_id: string;
  cost: number;
  unit: 'stamps' | 'points';
  issued_at: string;
  expires_at: string | null;
  source: VoucherSource;
  code: string;
};

export type CustomerStanding = {
  /** By program id; a program the customer has no entry in is absent (EMPTY_STANDING). */
  standings: Record<string, Standing>;
  /** Vouchers neither used nor voided (expired ones included: the rules tell them apart). */
  openVouchers: Voucher[];
};

/**
 * One customer's standing in every program and their open vouchers, in one statement whose
 * cost does not grow with their history (one row per program; vouchers only when some are
 * open, through the partial index of open vouchers, never past the used ones). Run it after taking the customer's lock, in a statement of its own: a statement's
 * snapshot is taken when it starts, so a read joined to the lock would miss what the previous
 * holder of the lock committed while this one waited.
 */
export async function loadCustomerStanding(
  tx: Tx,
  merchantId: string,
  customerId: string,
): Promise<CustomerStanding> {
  const { rows } = await customerStandingStatement(merchantId, customerId).execute(tx);
  const standings: Record<string, Standing> = {};
  const openVouchers: Voucher[] = [];
  for (const row of rows) {
    standings[row.program_id] = {
      balance: row.balance,
      lastActivityAt: row.last_activity_at,
      clawbackOwed: row.clawback_owed,
    };
    for (const v of row.vouchers ?? []) openVouchers.push(voucherOfJson(v));
  }
  return { standings, openVouchers };
}

/** The statement of `loadCustomerStanding` (exported so that its plan can be examined). */
export function customerStandingStatement(merchantId: string, customerId: string) {
  return sql<StandingRow>`
    select b.program_id, b.balance, b.last_activity_at, b.clawback_owed, b.open_vouchers,
      case when b.open_vouchers > 0 then (
        select json_agg(v order by v.issued_at) from (
          select v.id, v.customer_id, v.program_id, v.reward_id, v.code, v.cost,
            v.unit, v.source, v.issued_at, v.expires_at
          from vouchers v
          where v.merchant_id = b.merchant_id and v.customer_id = b.customer_id
            and v.program_id = b.program_id and v.is_open
        ) v
      ) end as vouchers
    from loyalty_balances b
    where b.merchant_id = ${merchantId} and b.customer_id = ${customerId}`;
}

function voucherOfJson(v: StoredVoucherJson): Voucher {
  return {
    id: v.id,
    programId: v.program_id,
    rewardId: v.reward_id,
    cost: v.cost,
    unit: v.unit,
    issuedAt: new Date(v.issued_at),
    expiresAt: v.expires_at === null ? null : new Date(v.expires_at),
    source: v.source,
    code: v.code,
  };
}

/** A snapshot that differs from what its ledger, vouchers and voucher events sum to. */
export type BalanceDiscrepancy = {
  merchantId: string;
  customerId: string;
  programId: string;
  stored: {
    balance: number;
    lastActivityAt: Date | null;
    clawbackOwed: number;
    openVouchers: number;
  };
  expected: {
    balance: number;
    lastActivityAt: Date | null;
    clawbackOwed: number;
    openVouchers: number;
  };
  /** Vouchers flagged open though used or voided, or closed though they have no event. */
  misflaggedVouchers: number;
};

/**
 * Every (customer, program) as the ledger says it should be: sums of `ledger_entries`, and
 * vouchers without an event; and how many of its vouchers carry an `is_open` flag their events
 * contradict. The one definition the check, the repair and the triggers (migrations
 * 2026-12-06T1250 and T1600) agree on.
 */
const EXPECTED = sql`
  select merchant_id, customer_id, program_id,
    sum(balance)::integer as balance, max(last_activity_at) as last_activity_at,
    sum(clawback_owed)::integer as clawback_owed, sum(open_vouchers)::integer as open_vouchers,
    sum(misflagged_vouchers)::integer as misflagged_vouchers
  from (
    select merchant_id, customer_id, program_id, sum(delta) as balance,
      max(${entryActivityAt()}) as last_activity_at,
      coalesce(sum((cause ->> 'shortfall')::integer) filter (where cause_type = 'refund'), 0)
        as clawback_owed,
      0 as open_vouchers, 0 as misflagged_vouchers
    from ledger_entries group by merchant_id, customer_id, program_id
    union all
    select v.merchant_id, v.customer_id, v.program_id, 0, null, 0,
      count(*) filter (where e.voucher_id is null),
      count(*) filter (where v.is_open <> (e.voucher_id is null))
    from vouchers v
    left join voucher_events e on e.merchant_id = v.merchant_id and e.voucher_id = v.id
    group by v.merchant_id, v.customer_id, v.program_id
  ) sums
  group by merchant_id, customer_id, program_id`;

type DiscrepancyRow = {
  merchant_id: string;
  customer_id: string;
  program_id: string;
  stored_balance: number | null;
  stored_last_activity_at: Date | null;
  stored_clawback_owed: number | null;
  stored_open_vouchers: number | null;
  balance: number | null;
  last_activity_at: Date | null;
  clawback_owed: number | null;
  open_vouchers: number | null;
  misflagged_vouchers: number | null;
};

/**
 * Snapshots that do not equal their ledger (missing, extra or different), in the merchants
 * the transaction can see (one merchant under `withMerchant`, all of them as the system).
 */
export async function findBalanceDiscrepancies(tx: Tx): Promise<BalanceDiscrepancy[]> {
  const { rows } = await sql<DiscrepancyRow>`
    with expected as (${EXPECTED})
    select coalesce(e.merchant_id, b.merchant_id) as merchant_id,
      coalesce(e.customer_id, b.customer_id) as customer_id,
      coalesce(e.program_id, b.program_id) as program_id,
      b.balance as stored_balance, b.last_activity_at as stored_last_activity_at,
      b.clawback_owed as stored_clawback_owed, b.open_vouchers as stored_open_vouchers,
      e.balance, e.last_activity_at, e.clawback_owed, e.open_vouchers, e.misflagged_vouchers
    from expected e
    full join loyalty_balances b
      on b.merchant_id = e.merchant_id and b.customer_id = e.customer_id
      and b.program_id = e.program_id
    where coalesce(b.balance, 0) <> coalesce(e.balance, 0)
      or b.last_activity_at is distinct from e.last_activity_at
      or coalesce(b.clawback_owed, 0) <> coalesce(e.clawback_owed, 0)
      or coalesce(b.open_vouchers, 0) <> coalesce(e.open_vouchers, 0)
      or coalesce(e.misflagged_vouchers, 0) > 0
    order by 1, 2, 3`.execute(tx);
  return rows.map((r) => ({
    merchantId: r.merchant_id,
    customerId: r.customer_id,
    programId: r.program_id,
    stored: {
      balance: r.stored_balance ?? 0,
      lastActivityAt: r.stored_last_activity_at,
      clawbackOwed: r.stored_clawback_owed ?? 0,
      openVouchers: r.stored_open_vouchers ?? 0,
    },
    expected: {
      balance: r.balance ?? 0,
      lastActivityAt: r.last_activity_at,
      clawbackOwed: r.clawback_owed ?? 0,
      openVouchers: r.open_vouchers ?? 0,
    },
    misflaggedVouchers: r.misflagged_vouchers ?? 0,
  }));
}

/**
 * Rewrites the given snapshots from the ledger (inserting missing ones, zeroing those with
 * nothing behind them), and their vouchers' open flags from their events. Callers hold the customers' locks or accept that a concurrent write
 * is summed again by the next check.
 */
export async function rebuildBalances(
  tx: Tx,
  keys: readonly { merchantId: string; customerId: string; programId: string }[],
): Promise<void> {
  if (keys.length === 0) return;
  await sql`
    with wanted as (
      select * from json_to_recordset(${JSON.stringify(keys)}::json)
        as k("merchantId" uuid, "customerId" uuid, "programId" uuid)
    ),
    expected as (${EXPECTED})
    insert into loyalty_balances as b
      (merchant_id, customer_id, program_id, balance, last_activity_at, clawback_owed, open_vouchers)
    select w."merchantId", w."customerId", w."programId", coalesce(e.balance, 0),
      e.last_activity_at, coalesce(e.clawback_owed, 0), coalesce(e.open_vouchers, 0)
    from wanted w
    left join expected e on e.merchant_id = w."merchantId" and e.customer_id = w."customerId"
      and e.program_id = w."programId"
    on conflict (merchant_id, customer_id, program_id) do update set
      balance = excluded.balance, last_activity_at = excluded.last_activity_at,
      clawback_owed = excluded.clawback_owed, open_vouchers = excluded.open_vouchers`.execute(tx);
  // A flag is wrong when it says open and an event exists, or closed and none does.
  await sql`
    update vouchers v set is_open = not v.is_open
    from json_to_recordset(${JSON.stringify(keys)}::json)
      as w("merchantId" uuid, "customerId" uuid, "programId" uuid)
    where v.merchant_id = w."merchantId" and v.customer_id = w."customerId"
      and v.program_id = w."programId"
      and v.is_open = exists (
        select from voucher_events e where e.merchant_id = v.merchant_id and e.voucher_id = v.id
      )`.execute(tx);
}

/** How many snapshots are stored (in the merchants the transaction can see). */
export async function countBalances(tx: Tx): Promise<number> {
  const row = await tx
    .selectFrom('loyalty_balances')
    .select(sql<number>`count(*)::integer`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}
