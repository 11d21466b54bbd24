import type { PastPurchase } from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { listSalesBetween } from '../../repositories/simulation-sales.ts';
import { findUpload } from '../imports/find-upload.ts';
import { readUpload } from '../imports/read-upload.ts';

const DAY_MS = 86_400_000;

/** The year replayed: its sales, and where the period ends. */
export type SimulatedYear = {
  source: 'history' | 'upload';
  from: Date;
  to: Date;
  purchases: PastPurchase[];
};

/** The 12 months before `now` of the shop's own sales, as recorded (or imported) in Habitué. */
export async function recordedYear(tx: Tx, merchantId: string, now: Date): Promise<SimulatedYear> {
  const from = yearBefore(now);
  return {
    source: 'history',
    from,
    to: now,
    purchases: await listSalesBetween(tx, merchantId, { from, to: now }),
  };
}

/**
 * The last 12 months of a sales file uploaded through the import (Clients → Importer), read
 * with the owner's column choices, for a shop that has not recorded its sales in Habitué yet.
 * Nothing is imported. Cancellations (negative lines) are left out; a sale is dated at noon
 * of its day.
 */
export async function uploadedYear(
  tx: Tx,
  merchantId: string,
  uploadId: string,
): Promise<SimulatedYear> {
  const upload = await findUpload(tx, merchantId, uploadId);
  const { file } = await readUpload(tx, upload);
  if (file.mappingProblems.length > 0) {
    throw new AppError('import_mapping_incomplete', 'The columns cannot be read as mapped', {
      problems: file.mappingProblems,
    });
  }
  const sales = file.purchases.filter((p) => p.amountCents > 0);
  const lastDay = Math.max(0, ...sales.map((p) => p.day));
  const to = new Date((lastDay + 1) * DAY_MS);
  const from = yearBefore(to);
  const purchases = sales
    .map((p) => ({
      id: p.identity,
      customerId: p.customerKey,
      at: new Date(p.day * DAY_MS + DAY_MS / 2),
      amountCents: p.amountCents,
    }))
    .filter((p) => p.at.getTime() >= from.getTime());
  return { source: 'upload', from, to, purchases };
}

function yearBefore(at: Date): Date {
  const d = new Date(at);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  return d;
}
