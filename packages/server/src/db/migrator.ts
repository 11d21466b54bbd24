import { type Kysely, type MigrationResultSet, Migrator, sql } from 'kysely';
import { foundation } from './migrations/2026-11-22T0900-foundation.ts';
import { loyalty } from './migrations/2026-11-22T0910-loyalty.ts';
import { tenantIsolation } from './migrations/2026-11-22T0920-tenant-isolation.ts';
import { customerNotesTags } from './migrations/2026-11-22T1100-customer-notes-tags.ts';
import { rolesAndAdjustments } from './migrations/2026-12-06T1010-roles-and-adjustments.ts';
import { jobs } from './migrations/2026-12-06T1015-jobs.ts';
import { mailAndAccounts } from './migrations/2026-12-06T1020-mail-and-accounts.ts';
import { attemptThrottles } from './migrations/2026-12-06T1030-attempt-throttles.ts';
import { replayBytes } from './migrations/2026-12-06T1030-replay-bytes.ts';
import { imports } from './migrations/2026-12-06T1050-imports.ts';
import { webhooks } from './migrations/2026-12-06T1060-webhooks.ts';
import { campaigns } from './migrations/2026-12-06T1210-campaigns.ts';
import { tiers } from './migrations/2026-12-06T1220-tiers.ts';
import { customerErasure } from './migrations/2026-12-06T1230-customer-erasure.ts';
import { importUploads } from './migrations/2026-12-06T1240-import-uploads.ts';
import { balanceSnapshots } from './migrations/2026-12-06T1250-balance-snapshots.ts';
import { walletPasses } from './migrations/2026-12-06T1270-wallet-passes.ts';
import { textMessages } from './migrations/2026-12-06T1280-text-messages.ts';
import { interactions } from './migrations/2026-12-06T1290-interactions.ts';
import { promoCodes } from './migrations/2026-12-06T1310-promo-codes.ts';
import { pointsAsMoney } from './migrations/2026-12-06T1311-points-as-money.ts';
import { bonuses } from './migrations/2026-12-06T1320-bonuses.ts';
import { clubAndCauses } from './migrations/2026-12-06T1330-club-and-causes.ts';
import { automations } from './migrations/2026-12-06T1340-automations.ts';
import { surveysAndFollowUp } from './migrations/2026-12-06T1350-surveys-and-follow-up.ts';
import { customerMerges } from './migrations/2026-12-06T1360-customer-merges.ts';
import { shopPrivacy } from './migrations/2026-12-06T1361-shop-privacy.ts';
import { b2bAccounts } from './migrations/2026-12-06T1370-b2b-accounts.ts';
import { rateWindows } from './migrations/2026-12-06T1390-rate-windows.ts';
import { valueSettings } from './migrations/2026-12-06T1391-value-settings.ts';
import { analyticsFits } from './migrations/2026-12-06T1392-analytics-fits.ts';
import { messageClicks } from './migrations/2026-12-06T1400-message-clicks.ts';
import { promoCodeReleases } from './migrations/2026-12-06T1410-promo-code-releases.ts';
import { b2bThresholds } from './migrations/2026-12-06T1411-b2b-thresholds.ts';
import { mergeNotActivity } from './migrations/2026-12-06T1420-merge-not-activity.ts';
import { goals } from './migrations/2026-12-06T1440-goals.ts';
import { acquisition } from './migrations/2026-12-06T1450-acquisition.ts';
import { purchaseCustomerCheckDeferrable } from './migrations/2026-12-06T1500-purchase-customer-check-deferrable.ts';
import { analyticsFigures } from './migrations/2026-12-06T1520-analytics-figures.ts';
import { shopAppleCertificates } from './migrations/2026-12-06T1570-shop-apple-certificates.ts';
import { openVouchers } from './migrations/2026-12-06T1600-open-vouchers.ts';
import { merchantSlugs } from './migrations/2026-12-06T1640-merchant-slugs.ts';
import { walletPassVersions } from './migrations/2026-12-06T1640-wallet-pass-versions.ts';
import { voucherTriggersByKey } from './migrations/2026-12-06T1650-voucher-triggers-by-key.ts';
import { goalMeasures } from './migrations/2026-12-06T1670-goal-measures.ts';
import { jobsWaitingByMerchant } from './migrations/2026-12-07T0600-jobs-waiting-by-merchant.ts';
import { crossSellRules } from './migrations/2026-12-07T0620-cross-sell-rules.ts';

/** A migration is a name and the SQL statements it runs, in order, in one transaction. */
export type Migration = { name: string; up: readonly string[] };

/** Every migration, oldest first. Names are timestamps so the order is also alphabetical. */
export const MIGRATIONS: readonly Migration[] = [
  foundation,
  loyalty,
  tenantIsolation,
  customerNotesTags,
  rolesAndAdjustments,
  jobs,
  mailAndAccounts,
  attemptThrottles,
  replayBytes,
  imports,
  webhooks,
  campaigns,
  tiers,
  customerErasure,
  importUploads,
  balanceSnapshots,
  walletPasses,
  textMessages,
  interactions,
  promoCodes,
  pointsAsMoney,
  bonuses,
  clubAndCauses,
  automations,
  surveysAndFollowUp,
  customerMerges,
  shopPrivacy,
  b2bAccounts,
  rateWindows,
  valueSettings,
  analyticsFits,
  messageClicks,
  promoCodeReleases,
  b2bThresholds,
  mergeNotActivity,
  goals,
  acquisition,
  purchaseCustomerCheckDeferrable,
  analyticsFigures,
  shopAppleCertificates,
  openVouchers,
  merchantSlugs,
  walletPassVersions,
  voucherTriggersByKey,
  goalMeasures,
  jobsWaitingByMerchant,
  crossSellRules,
];

/**
 * Brings the schema to the latest version. Returns Kysely's result set instead of throwing,
 * so the caller can say which migration failed and why.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before any typed schema exists
export function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  return migrator(db).migrateToLatest();
}

/** Brings the schema to one migration exactly (copying data made by an older release). */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before any typed schema exists
export function migrateTo(db: Kysely<any>, name: string): Promise<MigrationResultSet> {
  return migrator(db).migrateTo(name);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run before any typed schema exists
function migrator(db: Kysely<any>): Migrator {
  return new Migrator({
    db,
    provider: {
      async getMigrations() {
        return Object.fromEntries(
          MIGRATIONS.map((m) => [
            m.name,
            {
              async up(trx: Kysely<unknown>) {
                for (const statement of m.up) await sql.raw(statement).execute(trx);
              },
            },
          ]),
        );
      },
    },
  });
}
