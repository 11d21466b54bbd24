import { uuidv7 } from 'uuidv7';
import type { Tx } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { findB2bAccountBySiret, insertB2bAccount } from '../../repositories/b2b-accounts.ts';
import type { MerchantScope } from '../scope.ts';
import { accountFields, type B2bAccountInput } from './account-fields.ts';

/** Opens a business account (seed 003); one account per SIRET in a shop. */
export async function createB2bAccount(tx: Tx, scope: MerchantScope, input: B2bAccountInput) {
  const { merchantId, actor, now } = scope;
  const fields = accountFields(input);
  await refuseTakenSiret(tx, merchantId, fields.siret, null);
  const account = await insertB2bAccount(tx, merchantId, uuidv7(), fields, now);
  await appendAudit(tx, merchantId, actor, now, {
    action: 'b2b_account.created',
    subjectType: 'b2b_account',
    subjectId: account.id,
    details: { siren: fields.siren, siret: fields.siret },
  });
  return account;
}

/** 409 `siret_taken` when another account of the shop has this SIRET. */
export async function refuseTakenSiret(
  tx: Tx,
  merchantId: string,
  siret: string | null,
  ownId: string | null,
) {
  if (siret === null) return;
  const other = await findB2bAccountBySiret(tx, merchantId, siret);
  if (other && other.id !== ownId) {
    throw new AppError('siret_taken', 'Another account has this SIRET', { accountId: other.id });
  }
}
