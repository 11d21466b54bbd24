import type { Tx } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import {
  findAcquisitionChannel,
  listAcquisitionChannels,
  saveCustomerAcquisition,
} from '../../repositories/acquisition.ts';

/** The answers the sign-up page offers: the shop's live ones, in its order. */
export async function signupChoices(tx: Tx, merchantId: string) {
  return (await listAcquisitionChannels(tx, merchantId))
    .filter((c) => c.archived_at === null)
    .map((c) => ({ id: c.id, label: c.label }));
}

/**
 * Checks, before anything is written, that the answer a person picked on the sign-up page is
 * one the shop offers (an archived or unknown one is a field error, like any other).
 */
export async function checkSignupAnswer(tx: Tx, merchantId: string, channelId: string | undefined) {
  if (channelId === undefined) return;
  const channel = await findAcquisitionChannel(tx, merchantId, channelId);
  if (!channel || channel.archived_at !== null) {
    throw new AppError('validation_failed', 'This answer is not offered', {
      fields: [
        { field: 'heardFrom', message: 'not one of the answers offered', code: 'unknown_channel' },
      ],
    });
  }
}

/** Records the answer of a person who just signed up (after `checkSignupAnswer`). */
export async function recordSignupAnswer(
  tx: Tx,
  input: { merchantId: string; customerId: string; channelId: string | undefined; now: Date },
) {
  if (input.channelId === undefined) return;
  await saveCustomerAcquisition(tx, {
    merchantId: input.merchantId,
    customerId: input.customerId,
    channelId: input.channelId,
    recordedBy: 'signup',
    at: input.now,
  });
}
