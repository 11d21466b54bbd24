import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { queueShopMail } from '../../mail/queue-mail.ts';
import { findMerchantById } from '../../repositories/merchants.ts';
import { listStaff } from '../../repositories/users.ts';
import { getMonthlyReport, previousMonth } from './get-monthly-report.ts';
import { monthlyReportMail } from './monthly-report-mail.ts';

/** A report found owed this long after its day (the server was down) is no news any more. */
const STALE_AFTER_DAYS = 35;

/**
 * Mails the month's report to each owner of the shop, in the transaction of the job that
 * stands for the 1st of the month (`occasion`, shop time): the message exists once per owner
 * and month (`monthly_report:<month>:<user>`), however often the job runs. Nothing goes out
 * for an occasion more than 35 days old.
 */
export async function sendMonthlyReport(
  tx: Tx,
  input: {
    db: Kysely<Database>;
    merchantId: string;
    now: Date;
    occasion: string;
    scheduledFor: string;
  },
  deps: { mailer: Mailer; publicUrl: string },
): Promise<{ month: string; queued: number } | { skipped: 'stale' }> {
  const { db, merchantId, now } = input;
  if (now.getTime() - Date.parse(input.scheduledFor) > STALE_AFTER_DAYS * 86_400_000) {
    return { skipped: 'stale' };
  }
  const month = previousMonth(input.occasion.slice(0, 7));
  const scope = { db, merchantId, now, actor: { type: 'system' as const, id: null } };
  const report = await getMonthlyReport(scope, { month });
  const merchant = await findMerchantById(tx, merchantId);
  const owners = (await listStaff(tx, merchantId)).filter((m) => m.role === 'owner');
  let queued = 0;
  for (const owner of owners) {
    const row = await queueShopMail(tx, deps.mailer, merchantId, {
      idempotencyKey: `monthly_report:${month}:${owner.id}`,
      message: monthlyReportMail(report, {
        to: owner.email,
        locale: merchant?.locale ?? 'fr',
        link: `${deps.publicUrl}/reports/monthly?month=${month}`,
      }),
      now,
    });
    if (row.created) queued++;
  }
  return { month, queued };
}
