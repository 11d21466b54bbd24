import type { Tx } from '../../db/tenant.ts';
import {
  listAcquisitionChannels,
  updateAcquisitionChannel as updateRow,
} from '../../repositories/acquisition.ts';
import type { MerchantScope } from '../scope.ts';
import { channelOrNotFound, channelView } from './acquisition-channels.ts';
import { refuseTakenLabel } from './add-acquisition-channel.ts';

/**
 * Renames, moves or archives an answer. Archiving hides it from the sign-up page; customers
 * who chose it keep it (and it keeps its name in the figures); it can be brought back.
 */
export async function updateAcquisitionChannel(
  tx: Tx,
  scope: MerchantScope,
  id: string,
  input: {
    label?: string | undefined;
    position?: number | undefined;
    archived?: boolean | undefined;
  },
) {
  const current = await channelOrNotFound(tx, scope.merchantId, id);
  const label = input.label?.trim();
  const archived = input.archived ?? current.archived_at !== null;
  if (!archived && (label !== undefined || current.archived_at !== null)) {
    const active = (await listAcquisitionChannels(tx, scope.merchantId)).filter(
      (c) => c.archived_at === null,
    );
    refuseTakenLabel(active, label ?? current.label, id);
  }
  const row = await updateRow(tx, scope.merchantId, id, {
    ...(label !== undefined ? { label } : {}),
    ...(input.position !== undefined ? { position: input.position } : {}),
    ...(input.archived !== undefined
      ? { archived_at: input.archived ? (current.archived_at ?? scope.now) : null }
      : {}),
  });
  return channelView(row);
}
