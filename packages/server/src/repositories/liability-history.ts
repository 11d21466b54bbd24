import type { MonthFlow, VoucherTrace } from '@habitue/analytics';
import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

/**
 * Each program's balance movements per month of the shop's calendar (`YYYY-MM` in its time
 * zone), up to `before`: earned, redeemed, expired, everything else, and the sales that earned.
 */
export async function listMonthlyFlows(
  tx: Tx,
  merchantId: string,
  timeZone: string,
  before: Date,
): Promise<Map<string, MonthFlow[]>> {
  const { rows } = await sql<{
    program_id: string;
    month: string;
    earned: string;
    redeemed: string;
    expired: string;
    other: string;
    sales_cents: string;
  }>`
    select program_id,
           to_char(occurred_at at time zone ${timeZone}, 'YYYY-MM') as month,
           coalesce(sum(delta) filter (where kind = 'earn'), 0) as earned,
           coalesce(-sum(delta) filter (where kind = 'redeem'), 0) as redeemed,
           coalesce(-sum(delta) filter (where kind = 'expire'), 0) as expired,
           coalesce(sum(delta) filter (where kind not in ('earn', 'redeem', 'expire')), 0) as other,
           coalesce(sum((cause->>'amountCents')::bigint)
                      filter (where kind = 'earn' and cause_type = 'purchase'), 0) as sales_cents
      from ledger_entries
     where merchant_id = ${merchantId} and occurred_at < ${before}
     group by 1, 2`.execute(tx);
  const byProgram = new Map<string, MonthFlow[]>();
  for (const r of rows) {
    const list = byProgram.get(r.program_id) ?? [];
    list.push({
      month: r.month,
      earned: Number(r.earned),
      redeemed: Number(r.redeemed),
      expired: Number(r.expired),
      other: Number(r.other),
      salesCents: Number(r.sales_cents),
    });
    byProgram.set(r.program_id, list);
  }
  return byProgram;
}

/** Every voucher of the shop with its reward's cost and value and how it ended, by program. */
export async function listVoucherTraces(
  tx: Tx,
  merchantId: string,
): Promise<Map<string, VoucherTrace[]>> {
  const rows = await tx
    .selectFrom('vouchers as v')
    .innerJoin('rewards as r', (j) =>
      j.onRef('r.merchant_id', '=', 'v.merchant_id').onRef('r.id', '=', 'v.reward_id'),
    )
    .leftJoin('voucher_events as e', (j) =>
      j.onRef('e.merchant_id', '=', 'v.merchant_id').onRef('e.voucher_id', '=', 'v.id'),
    )
    .select([
      'v.program_id',
      'v.issued_at',
      'v.expires_at',
      'e.at',
      'e.kind',
      'r.cost_price_cents',
      'r.retail_value_cents',
    ])
    .where('v.merchant_id', '=', merchantId)
    .execute();
  const byProgram = new Map<string, VoucherTrace[]>();
  for (const r of rows) {
    const list = byProgram.get(r.program_id) ?? [];
    list.push({
      issuedAt: new Date(r.issued_at),
      expiresAt: r.expires_at === null ? null : new Date(r.expires_at),
      closedAt: r.at === null ? null : new Date(r.at),
      closedAs: r.kind ?? null,
      costPriceCents: Number(r.cost_price_cents),
      retailValueCents: Number(r.retail_value_cents),
    });
    byProgram.set(r.program_id, list);
  }
  return byProgram;
}
