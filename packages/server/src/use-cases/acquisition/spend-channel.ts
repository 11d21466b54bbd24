import type { ChannelKey } from '@habitue/analytics';
import type { Tx } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { findAcquisitionChannel } from '../../repositories/acquisition.ts';

/** How a spend line's channel is stored: '' for "no channel". */
export const storedChannel = (channel: ChannelKey | null) => channel ?? '';
export const channelOfStored = (stored: string): ChannelKey | null =>
  stored === '' ? null : (stored as ChannelKey);

const invalid = (message: string, code: string) =>
  new AppError('validation_failed', message, { fields: [{ field: 'channel', message, code }] });

/**
 * Money is spent on a referral scheme or on one of the shop's channels (archived ones too: a
 * past month may be entered late); loyalty money goes to no channel.
 */
export async function checkSpendChannel(
  tx: Tx,
  merchantId: string,
  budget: 'development' | 'loyalty',
  channel: string | null,
): Promise<ChannelKey | null> {
  if (channel === null) return null;
  if (budget === 'loyalty')
    throw invalid('the loyalty budget has no channel', 'no_channel_for_loyalty');
  if (channel === 'referral') return 'referral';
  const id = channel.startsWith('channel:') ? channel.slice('channel:'.length) : '';
  const found = /^[0-9a-f-]{36}$/i.test(id)
    ? await findAcquisitionChannel(tx, merchantId, id)
    : undefined;
  if (!found) throw invalid('not one of the shop’s channels', 'unknown_channel');
  return `channel:${found.id}`;
}
