import type { Tx } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { findB2bAccount, updateB2bAccount } from '../../repositories/b2b-accounts.ts';
import type { MerchantScope } from '../scope.ts';
import { accountFields, type B2bAccountInput } from './account-fields.ts';
import { refuseTakenSiret } from './create-b2b-account.ts';

/** Changes an account; fields left out keep their value, `null` clears an optional one. */
export async function updateB2bAccountDetails(
  tx: Tx,
  scope: MerchantScope,
  accountId: string,
  changes: Partial<B2bAccountInput>,
) {
  const { merchantId, actor, now } = scope;
  const current = await findB2bAccount(tx, merchantId, accountId, { lock: true });
  if (!current) throw notFound('Account');
  const fields = accountFields({
    companyName: changes.companyName ?? current.company_name,
    companyNumber:
      changes.companyNumber !== undefined
        ? changes.companyNumber
        : (current.siret ?? current.siren),
    address: changes.address !== undefined ? changes.address : current.address,
    paymentTermsDays: changes.paymentTermsDays ?? current.payment_terms_days,
    potentialEstimateCents:
      changes.potentialEstimateCents !== undefined
        ? changes.potentialEstimateCents
        : current.potential_estimate_cents,
  });
  await refuseTakenSiret(tx, merchantId, fields.siret, accountId);
  const account = await updateB2bAccount(tx, merchantId, accountId, fields, now);
  await appendAudit(tx, merchantId, actor, now, {
    action: 'b2b_account.changed',
    subjectType: 'b2b_account',
    subjectId: accountId,
    details: { fields: Object.keys(changes) },
  });
  return account!;
}
