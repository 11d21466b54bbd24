import { uuidv7 } from 'uuidv7';
import type { Tx } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import {
  insertAcquisitionChannel,
  listAcquisitionChannels,
} from '../../repositories/acquisition.ts';
import type { MerchantScope } from '../scope.ts';
import { channelView } from './acquisition-channels.ts';

/** How many answers the sign-up question offers at most: the join page stays light. */
export const MAX_ACTIVE_CHANNELS = 12;

/** Adds an answer at the end of the list; a name already in use (any case) is refused. */
export async function addAcquisitionChannel(
  tx: Tx,
  scope: MerchantScope,
  input: { label: string },
) {
  const label = input.label.trim();
  const existing = await listAcquisitionChannels(tx, scope.merchantId);
  const active = existing.filter((c) => c.archived_at === null);
  refuseTakenLabel(active, label);
  if (active.length >= MAX_ACTIVE_CHANNELS) {
    throw new AppError('validation_failed', `At most ${MAX_ACTIVE_CHANNELS} answers`, {
      fields: [
        {
          field: 'label',
          message: `at most ${MAX_ACTIVE_CHANNELS} answers`,
          code: 'too_many_channels',
          maximum: MAX_ACTIVE_CHANNELS,
        },
      ],
    });
  }
  const row = await insertAcquisitionChannel(tx, {
    merchantId: scope.merchantId,
    id: uuidv7(),
    label,
    position: Math.min(
      1000,
      existing.reduce((max, c) => Math.max(max, c.position + 1), 0),
    ),
    at: scope.now,
  });
  return channelView(row);
}

/** Two live answers may not read the same to a customer. */
export function refuseTakenLabel(
  active: readonly { id: string; label: string }[],
  label: string,
  self?: string,
) {
  if (active.some((c) => c.id !== self && c.label.toLowerCase() === label.toLowerCase())) {
    throw new AppError('acquisition_channel_taken', 'Another answer already reads like this');
  }
}
