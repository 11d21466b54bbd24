import { randomBytes } from 'node:crypto';
import { formatVoucherCode, type Program, type Reward, type VoucherGrant } from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findCustomer, findCustomerByCardToken } from '../../repositories/customers.ts';
import { loadCustomerLedger, lockCustomer } from '../../repositories/ledger.ts';
import { programOf } from '../../repositories/loyalty-rows.ts';
import { listProgramRows, listRewards } from '../../repositories/programs.ts';

/** A customer named by id or by the token on their card (what a scan gives the counter). */
export async function resolveCustomer(
  tx: Tx,
  merchantId: string,
  ref: { customerId?: string; cardToken?: string },
) {
  const row = ref.customerId
    ? await findCustomer(tx, merchantId, ref.customerId)
    : ref.cardToken
      ? await findCustomerByCardToken(tx, merchantId, ref.cardToken)
      : undefined;
  if (!row) throw notFound('Customer');
  return row;
}

/**
 * Finds and locks the customer (one statement), then loads everything the loyalty rules decide
 * from: programs (archived ones too — their balances and vouchers still count), rewards,
 * entries, vouchers and events. The lock serialises every balance-changing operation of one
 * customer, so two concurrent redemptions cannot both spend the same points.
 */
export async function lockCustomerState(
  tx: Tx,
  merchantId: string,
  ref: { customerId?: string; cardToken?: string },
) {
  const customer = await lockCustomer(tx, merchantId, ref);
  if (!customer) throw notFound('Customer');
  return { customer, state: await loadState(tx, merchantId, customer.id) };
}

/** The same, for an operation that already knows the customer's id. */
export async function loadLockedState(tx: Tx, merchantId: string, customerId: string) {
  return (await lockCustomerState(tx, merchantId, { customerId })).state;
}

export async function loadState(tx: Tx, merchantId: string, customerId: string) {
  const [programRows, rewards, ledger] = await Promise.all([
    listProgramRows(tx, merchantId, { includeArchived: true }),
    listRewards(tx, merchantId, { includeArchived: true }),
    loadCustomerLedger(tx, merchantId, customerId),
  ]);
  const programs = programRows.map(programOf);
  const active = programs.filter((_, i) => programRows[i]!.archived_at === null);
  return { programs, activePrograms: active, rewards, ...ledger };
}

export type LoyaltyState = Awaited<ReturnType<typeof loadState>>;

export function findProgram(state: { readonly programs: readonly Program[] }, id: string): Program {
  const program = state.programs.find((p) => p.id === id);
  if (!program) throw notFound('Program');
  return program;
}

export function findReward(state: { readonly rewards: readonly Reward[] }, id: string): Reward {
  const reward = state.rewards.find((r) => r.id === id);
  if (!reward) throw notFound('Reward');
  return reward;
}

/** Gives each granted voucher a short code from the OS's secure random source (40 bits). */
export function withCodes<G extends VoucherGrant>(grants: readonly G[]): (G & { code: string })[] {
  return grants.map((grant) => ({ ...grant, code: formatVoucherCode(randomBytes(8)) }));
}
