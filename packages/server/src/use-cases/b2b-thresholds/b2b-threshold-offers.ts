import {
  type B2bThresholds,
  b2bPeriodStart,
  type DiscountOffer,
  b2bThresholdOffers as stepsAsOffers,
  tradeDiscountCard,
} from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { findAccountOfCustomer, findB2bAccount } from '../../repositories/b2b-accounts.ts';
import { accountNetSpend } from '../../repositories/b2b-activity.ts';
import { findB2bThresholds } from '../../repositories/b2b-thresholds.ts';
import type { MerchantScope } from '../scope.ts';

/** What the volume steps offer a customer, and the spend they are measured against. */
export interface B2bStanding {
  readonly offers: readonly DiscountOffer[];
  /** The account's spend over the period before this purchase, net of refunds. */
  readonly periodSpendCents: number;
  /** The account and the shop's steps, when the customer is a contact and the shop has steps. */
  readonly account?: { readonly name: string; readonly settings: B2bThresholds };
}

const NONE: B2bStanding = { offers: [], periodSpendCents: 0 };

/**
 * The volume steps for a customer who is a contact of a business account: every step, labelled
 * with the account's name, and what the account's contacts bought over the period up to now
 * (net of refunds). The discount rules keep the highest step reached. Nothing for a customer
 * with no account or a shop with no steps (one read each, no spend computed).
 * @example const { offers, periodSpendCents } = await b2bThresholdStanding(tx, scope, customerId)
 */
export async function b2bThresholdStanding(
  tx: Tx,
  scope: Pick<MerchantScope, 'merchantId' | 'now'>,
  customerId: string,
): Promise<B2bStanding> {
  const settings = await findB2bThresholds(tx, scope.merchantId);
  if (settings.steps.length === 0) return NONE;
  const link = await findAccountOfCustomer(tx, scope.merchantId, customerId);
  if (!link) return NONE;
  const account = await findB2bAccount(tx, scope.merchantId, link.account_id);
  if (!account) return NONE;
  const since = b2bPeriodStart(settings, scope.now);
  const spend = await accountNetSpend(tx, scope.merchantId, account.id, since);
  return {
    offers: stepsAsOffers(settings, account.company_name),
    periodSpendCents: Number(spend.recent),
    account: { name: account.company_name, settings },
  };
}

/**
 * What the card of a business account's contact says of the volume discount: the account, the
 * step reached, the next step and what the account still has to buy for it; null for anyone
 * else or a shop without steps.
 * @example await tradeDiscountOnCard(tx, scope, customerId) // { account: 'Martin SARL', periodMonths: 12, percent: 3, next: { percent: 5, spendLeftCents: 140000 } }
 */
export async function tradeDiscountOnCard(
  tx: Tx,
  scope: Pick<MerchantScope, 'merchantId' | 'now'>,
  customerId: string,
) {
  const standing = await b2bThresholdStanding(tx, scope, customerId);
  if (!standing.account) return null;
  const { name, settings } = standing.account;
  return {
    account: name,
    periodMonths: settings.periodMonths,
    ...tradeDiscountCard(settings, standing.periodSpendCents),
  };
}
