import type { Tx } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findAcquisitionChannel } from '../../repositories/acquisition.ts';

/** A channel as the API shows it. */
export type ChannelView = { id: string; label: string; position: number; archived: boolean };

export const channelView = (row: {
  id: string;
  label: string;
  position: number;
  archived_at: Date | null;
}): ChannelView => ({
  id: row.id,
  label: row.label,
  position: row.position,
  archived: row.archived_at !== null,
});

/** One of the shop's channels, or 404 (another shop's id included). */
export async function channelOrNotFound(tx: Tx, merchantId: string, id: string) {
  const row = await findAcquisitionChannel(tx, merchantId, id);
  if (!row) throw notFound('Acquisition channel');
  return row;
}
