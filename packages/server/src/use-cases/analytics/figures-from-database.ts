import { fittedFromText } from '@habitue/analytics';
import type { Kysely } from 'kysely';
import {
  encodeMessage,
  type FiguresMessage,
  figuresMessage,
  readStoredMessage,
} from '../../analytics-worker/metrics-messages.ts';
import type { Database } from '../../db/schema.ts';
import { withMerchant } from '../../db/tenant.ts';
import {
  findAnalyticsFigures,
  saveAnalyticsFigures,
} from '../../repositories/analytics-figures.ts';
import { findAnalyticsFit, saveAnalyticsFit } from '../../repositories/analytics-fits.ts';
import {
  type AnalyticsCustomerRow,
  listAnalyticsCustomers,
  listAnalyticsPurchases,
} from '../../repositories/analytics-history.ts';
import { freshFor, sameSettings } from './analytics-settings.ts';
import {
  type CustomerMetricsInput,
  figuresOfTransactions,
  transactionsOf,
} from './customer-metrics.ts';
import type { DashboardFit } from './fit-value-models.ts';

/**
 * One shop's figures to get, with what the caller already read: which data version, as of
 * when. The rest — the customers, the purchases, the stored figures, the stored fit — is read
 * by whoever runs the job, through its own connection.
 */
export type FiguresJob = { merchantId: string } & Omit<
  CustomerMetricsInput,
  'customers' | 'movements'
>;

/**
 * The shop's customers (handed to `onCustomers` as soon as they are read, oldest first: their
 * order is the figures' indices) and its figures in the shape that crosses threads: the ones
 * stored in `analytics_figures` when they were computed from the same data and settings within
 * the max age (by any server process), else computed from the purchases and stored for the
 * others. Every read and write
 * is the merchant's own, as the restricted role (`withMerchant`): a worker thread running this
 * sees no more than the request it serves.
 */
export async function figuresFromDatabase(
  db: Kysely<Database>,
  job: FiguresJob,
  onCustomers: (customers: AnalyticsCustomerRow[]) => void,
): Promise<FiguresMessage> {
  const { merchantId, now, settings } = job;
  const read = await withMerchant(db, merchantId, async (tx) => {
    const customers = await listAnalyticsCustomers(tx, merchantId);
    onCustomers(customers);
    const ids = customers.map((c) => ({ id: c.id }));
    const row = await findAnalyticsFigures(tx, merchantId, job.dataVersion);
    const stored =
      row && freshFor(row.computed_at, now, settings) && sameSettings(settings, row.settings)
        ? readStoredMessage(row.figures, ids.length)
        : null;
    if (stored) return { stored };
    // (A purchase of a customer who arrived after the list was read waits for the next
    // computation: `transactionsOf` leaves it out.)
    const movements = await listAnalyticsPurchases(tx, merchantId, job.timeZone);
    const fitRow = job.previousFit ? undefined : await findAnalyticsFit(tx, merchantId);
    return { stored: null, ids, movements, fitRow };
  });
  if (read.stored) return read.stored;
  const started = performance.now();
  const previousFit = job.previousFit ?? storedFit(read.fitRow);
  const { transactions } = transactionsOf(read.ids, read.movements);
  const figures = figuresOfTransactions(
    {
      transactions,
      dataVersion: job.dataVersion,
      dataAsOf: job.dataAsOf,
      timeZone: job.timeZone,
      now,
      asOfDay: job.asOfDay,
      settings,
      ...(previousFit ? { previousFit } : {}),
      ...(job.previousBacktest ? { previousBacktest: job.previousBacktest } : {}),
    },
    started,
  );
  const message = figuresMessage(figures);
  const newFit = figures.fit.fittedAt !== previousFit?.fittedAt && figures.fit.fitted.purchase;
  const bytes = encodeMessage(message);
  await withMerchant(db, merchantId, async (tx) => {
    // A new fit: the other processes predict from it too.
    if (newFit)
      await saveAnalyticsFit(tx, merchantId, {
        fitted: message.fit.fitted,
        fittedAt: new Date(figures.fit.fittedAt),
      });
    // And the figures themselves, for the processes that ask about the same data.
    await saveAnalyticsFigures(tx, merchantId, {
      dataVersion: job.dataVersion,
      settings,
      computedAt: now,
      figures: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    });
  });
  return message;
}

function storedFit(
  stored: { fitted: string; fitted_at: Date } | undefined,
): DashboardFit | undefined {
  const fitted = stored ? fittedFromText(stored.fitted) : null;
  return stored && fitted ? { fitted, fittedAt: stored.fitted_at.toISOString() } : undefined;
}
