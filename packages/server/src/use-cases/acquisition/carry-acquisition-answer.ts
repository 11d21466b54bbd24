import type { Tx } from '../../db/tenant.ts';
import {
  findCustomerAcquisition,
  saveCustomerAcquisition,
} from '../../repositories/acquisition.ts';

/**
 * On merging a duplicate: its answer to « comment nous avez-vous connus ? » follows to the
 * survivor when the survivor has none (the survivor's own answer wins), so nothing known is lost.
 */
export async function carryAcquisitionAnswer(
  tx: Tx,
  merchantId: string,
  survivorId: string,
  duplicateId: string,
) {
  const [ofSurvivor, ofDuplicate] = await Promise.all([
    findCustomerAcquisition(tx, merchantId, survivorId),
    findCustomerAcquisition(tx, merchantId, duplicateId),
  ]);
  if (ofSurvivor?.channel_id || !ofDuplicate?.channel_id) return;
  await saveCustomerAcquisition(tx, {
    merchantId,
    customerId: survivorId,
    channelId: ofDuplicate.channel_id,
    // Both are set with the channel (the row is one insert).
    recordedBy: ofDuplicate.recorded_by!,
    at: ofDuplicate.recorded_at!,
  });
}
