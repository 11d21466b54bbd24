import type {
  EntryCause,
  LedgerEntry,
  Program,
  Reward,
  Voucher,
  VoucherEvent,
  VoucherSource,
} from '@habitue/loyalty';
import type { Selectable } from 'kysely';
import type {
  LedgerEntriesTable,
  ProgramsTable,
  RewardsTable,
  VoucherEventsTable,
  VouchersTable,
} from '../db/schema.ts';

/**
 * Conversions between stored rows and the loyalty rules' plain data. The rules never see a
 * row; the database never sees a rule object it cannot index.
 */
export function programOf(row: Selectable<ProgramsTable>): Program {
  return {
    ...(row.rules as object),
    id: row.id,
    version: row.version,
    name: row.name,
    kind: row.kind,
  } as Program;
}

/** The rule settings stored in `programs.rules` (everything but identity and naming). */
export function rulesOf(program: Program): Record<string, unknown> {
  const { id: _id, version: _version, name: _name, kind: _kind, ...rules } = program;
  return rules;
}

export function rewardOf(row: Selectable<RewardsTable>): Reward {
  return {
    id: row.id,
    programId: row.program_id,
    name: row.name,
    cost: row.cost,
    costPriceCents: row.cost_price_cents,
    retailValueCents: row.retail_value_cents,
    archived: row.archived_at !== null,
  };
}

export function entryOf(row: Selectable<LedgerEntriesTable>): LedgerEntry {
  const cause = row.cause as Record<string, unknown>;
  if (typeof cause.lastActivityAt === 'string')
    cause.lastActivityAt = new Date(cause.lastActivityAt);
  return {
    programId: row.program_id,
    programVersion: row.program_version,
    kind: row.kind,
    unit: row.unit,
    delta: row.delta,
    at: row.occurred_at,
    cause: cause as unknown as EntryCause,
  };
}

/** The id an entry's cause points at, indexed so "what did purchase X earn" is one look-up. */
export function causeRef(cause: EntryCause): string | null {
  switch (cause.type) {
    case 'purchase':
    case 'refund':
    case 'points_discount_returned':
      return cause.purchaseId;
    case 'redemption':
      return cause.redemptionId;
    case 'card_completed':
    case 'voucher_voided':
      return cause.voucherId;
    case 'staff_adjustment':
      return cause.adjustmentId;
    case 'bonus':
      return cause.bonusId;
    case 'referral':
      return cause.referralId;
    case 'import':
      return cause.importId;
    case 'points_discount':
      return cause.conversionId;
    case 'merge':
      return cause.mergeId;
    case 'inactivity':
      return null;
  }
}

export function voucherOf(row: Selectable<VouchersTable>): Voucher {
  return {
    id: row.id,
    programId: row.program_id,
    rewardId: row.reward_id,
    cost: row.cost,
    unit: row.unit,
    issuedAt: row.issued_at,
    expiresAt: row.expires_at,
    source: row.source as unknown as VoucherSource,
    code: row.code,
  };
}

export function voucherEventOf(row: Selectable<VoucherEventsTable>): VoucherEvent {
  return row.kind === 'used'
    ? { kind: 'used', voucherId: row.voucher_id, at: row.at, redemptionId: row.redemption_id! }
    : { kind: 'voided', voucherId: row.voucher_id, at: row.at, refundId: row.refund_id! };
}
