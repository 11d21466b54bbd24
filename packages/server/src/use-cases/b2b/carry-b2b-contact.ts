import type { Tx } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import {
  deleteContactLink,
  findAccountOfCustomer,
  moveB2bContact,
} from '../../repositories/b2b-accounts.ts';

/**
 * A merge, for business accounts: the duplicate's place among an account's contacts goes to
 * the survivor (one place when both were contacts of that account). A customer speaks for one
 * company at most, so two contacts of different accounts are refused (409
 * `merge_accounts_differ`): which company the person speaks for is the owner's choice, made by
 * removing one of them from its account first. Returns the account the survivor speaks for.
 */
export async function carryB2bContact(
  tx: Tx,
  merchantId: string,
  survivorId: string,
  duplicateId: string,
): Promise<string | null> {
  const [ofSurvivor, ofDuplicate] = await Promise.all([
    findAccountOfCustomer(tx, merchantId, survivorId),
    findAccountOfCustomer(tx, merchantId, duplicateId),
  ]);
  if (!ofDuplicate) return ofSurvivor?.account_id ?? null;
  if (!ofSurvivor) {
    await moveB2bContact(tx, merchantId, duplicateId, survivorId);
  } else if (ofSurvivor.account_id === ofDuplicate.account_id) {
    await deleteContactLink(tx, merchantId, duplicateId);
  } else {
    throw new AppError(
      'merge_accounts_differ',
      'These customers are contacts of two different business accounts',
      { accountIds: [ofSurvivor.account_id, ofDuplicate.account_id] },
    );
  }
  return ofDuplicate.account_id;
}
