import type { LedgerEntry } from '@habitue/loyalty';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import {
  balancesToCarry,
  lockPair,
  markMerged,
  moveHistory,
  moveOpenVouchers,
} from '../../repositories/customer-merges.ts';
import { type CustomerChanges, updateCustomer } from '../../repositories/customers.ts';
import { appendEntries } from '../../repositories/ledger.ts';
import { emitEvent } from '../../webhooks/emit-event.ts';
import { carryAcquisitionAnswer } from '../acquisition/carry-acquisition-answer.ts';
import { carryB2bContact } from '../b2b/carry-b2b-contact.ts';
import type { MerchantScope } from '../scope.ts';
import { reviewTierAfterMerge } from '../tiers/review-customer-tier.ts';
import { carryCauseChoice } from './merge-cause-choice.ts';

type CustomerRow = NonNullable<Awaited<ReturnType<typeof lockPair>>['survivor']>;

export type MergeOutcome = {
  survivorId: string;
  duplicateId: string;
  mergedAt: string;
  /** What followed the survivor; all zero when the merge had already been done. */
  moved: {
    balances: { programId: string; amount: number }[];
    vouchers: number;
    purchases: number;
    notes: number;
    interactions: number;
    consents: number;
    tags: number;
  };
};

/**
 * Merges a duplicate into the survivor in one transaction holding both customers' locks
 * (taken in id order), so a purchase on either waits for it and then lands on the survivor
 * (the duplicate's card leads there) or is refused with `customer_merged`. Nothing of the
 * duplicate's history is rewritten: its ledger entries stay, and each non-zero balance leaves
 * it and arrives on the survivor as a pair of `merge` entries, so the shop's total is
 * unchanged and the balances add. Open vouchers, purchases, notes, interactions, consents and
 * tags follow, and so does a place among a business account's contacts (two companies:
 * refused); the survivor keeps its contact details and takes the duplicate's where it has
 * none; the tier is recomputed. The club's fees and the cause's shares are append-only and
 * stay on the duplicate, read as the survivor's through `merged_into` (repositories/
 * merged-customers.ts): the survivor is a member for every period paid under either record, its
 * page lists both records' fees, and the shop's club revenue and cause totals count each once; the
 * duplicate's chosen cause follows when the survivor chose none. Merging the same pair again
 * returns the first merge.
 */
export async function mergeCustomers(
  tx: Tx,
  scope: Pick<MerchantScope, 'merchantId' | 'actor' | 'now'>,
  input: { survivorId: string; duplicateId: string },
): Promise<MergeOutcome> {
  const { merchantId, actor, now } = scope;
  if (input.survivorId === input.duplicateId) {
    throw new AppError('merge_same_customer', 'A customer cannot be merged into themselves');
  }
  const { survivor, duplicate } = await lockPair(tx, merchantId, [
    input.survivorId,
    input.duplicateId,
  ]);
  if (!survivor || !duplicate) throw notFound('Customer');
  if (duplicate.merged_into === survivor.id && duplicate.merged_at) {
    return alreadyMerged(survivor.id, duplicate.id, duplicate.merged_at);
  }
  for (const c of [survivor, duplicate]) {
    if (c.merged_into) {
      throw new AppError('customer_merged', 'This customer was merged into another one', {
        mergedInto: c.merged_into,
        customerId: c.id,
      });
    }
    if (c.erased_at) {
      throw new AppError('customer_erased', 'An erased customer cannot be merged', {
        customerId: c.id,
      });
    }
  }
  // First: a refusal (two companies) comes before anything is written.
  const b2bAccountId = await carryB2bContact(tx, merchantId, survivor.id, duplicate.id);
  const mergeId = uuidv7();
  const balances = await carryBalances(tx, scope, mergeId, survivor.id, duplicate.id);
  const vouchers = await moveOpenVouchers(tx, merchantId, duplicate.id, survivor.id);
  const history = await moveHistory(tx, merchantId, duplicate.id, survivor.id);
  await carryAcquisitionAnswer(tx, merchantId, survivor.id, duplicate.id);
  await carryCauseChoice(tx, merchantId, survivor.id, duplicate.id, now);
  const gaps = contactGaps(survivor, duplicate);
  // The duplicate lets go of its contact details first: its import reference is unique.
  await markMerged(tx, merchantId, duplicate.id, survivor.id, now);
  if (Object.keys(gaps).length > 0) await updateCustomer(tx, merchantId, survivor.id, gaps, now);
  await reviewTierAfterMerge(tx, scope, survivor.id);
  const outcome: MergeOutcome = {
    survivorId: survivor.id,
    duplicateId: duplicate.id,
    mergedAt: now.toISOString(),
    moved: { balances, vouchers, ...history },
  };
  await appendAudit(tx, merchantId, actor, now, {
    action: 'customer.merged',
    subjectType: 'customer',
    subjectId: survivor.id,
    details: { mergeId, duplicateId: duplicate.id, moved: outcome.moved, b2bAccountId },
  });
  await emitEvent(tx, scope, 'customer.merged', {
    customerId: survivor.id,
    mergedCustomerId: duplicate.id,
    mergedAt: outcome.mergedAt,
    moved: outcome.moved,
  });
  return outcome;
}

/**
 * One `merge` entry out of the duplicate and one into the survivor per non-zero balance; the
 * one in carries the duplicate's last activity, so the merge keeps no balance alive.
 */
async function carryBalances(
  tx: Tx,
  scope: Pick<MerchantScope, 'merchantId' | 'actor' | 'now'>,
  mergeId: string,
  survivorId: string,
  duplicateId: string,
) {
  const rows = await balancesToCarry(tx, scope.merchantId, duplicateId);
  const entry = (
    row: (typeof rows)[number],
    direction: 'out' | 'in',
    delta: number,
  ): LedgerEntry => ({
    programId: row.program_id,
    programVersion: row.version,
    kind: 'adjust',
    unit: row.kind,
    delta,
    at: scope.now,
    cause: {
      type: 'merge',
      mergeId,
      direction,
      duplicateId,
      survivorId,
      // A merge is not activity: what comes in keeps the age it had (`activityAt`).
      ...(direction === 'in' ? { lastActivityAt: row.last_activity_at } : {}),
    },
  });
  const ctx = { merchantId: scope.merchantId, actor: scope.actor };
  await appendEntries(
    tx,
    { ...ctx, customerId: duplicateId },
    rows.map((r) => entry(r, 'out', -r.balance)),
  );
  await appendEntries(
    tx,
    { ...ctx, customerId: survivorId },
    rows.map((r) => entry(r, 'in', r.balance)),
  );
  return rows.map((r) => ({ programId: r.program_id, amount: r.balance }));
}

/** What the survivor lacks and the duplicate knows; the earliest dates of both. */
function contactGaps(survivor: CustomerRow, duplicate: CustomerRow): CustomerChanges {
  const gaps: CustomerChanges = {};
  const fields = ['first_name', 'last_name', 'email', 'phone', 'company'] as const;
  for (const field of fields) {
    if (survivor[field] === null && duplicate[field] !== null) gaps[field] = duplicate[field];
  }
  if (survivor.birth_day === null && duplicate.birth_day !== null) {
    gaps.birth_day = duplicate.birth_day;
    gaps.birth_month = duplicate.birth_month;
  }
  const earliest = (a: Date | null, b: Date | null) => (a && b ? (a < b ? a : b) : (a ?? b));
  const memberSince = earliest(survivor.member_since, duplicate.member_since);
  if (memberSince?.getTime() !== survivor.member_since?.getTime()) gaps.member_since = memberSince;
  return gaps;
}

function alreadyMerged(survivorId: string, duplicateId: string, at: Date): MergeOutcome {
  return {
    survivorId,
    duplicateId,
    mergedAt: at.toISOString(),
    moved: {
      balances: [],
      vouchers: 0,
      purchases: 0,
      notes: 0,
      interactions: 0,
      consents: 0,
      tags: 0,
    },
  };
}
