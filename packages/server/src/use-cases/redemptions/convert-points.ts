import { convertPointsToMoney, EMPTY_STANDING, standingAfter } from '@habitue/loyalty';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { appendEntries, lockCustomerWithVersion } from '../../repositories/ledger.ts';
import { loadCustomerStanding } from '../../repositories/loyalty-balances.ts';
import { insertPointsConversion } from '../../repositories/points-conversions.ts';
import { cardView, type StandingState } from '../cards/card-view.ts';
import { findProgram } from '../loyalty/loyalty-state.ts';
import { programCatalog } from '../loyalty/program-catalog.ts';
import { unwrap } from '../loyalty/rejection.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * Converts exactly `points` points of a points program into money off, at the program's rate
 * ("100 points = 1 €"), under the customer's lock so that concurrent conversions cannot spend
 * the same points. The points are debited now (a ledger entry); the money is a credit the
 * customer's next quote shows as a `points` discount and the next purchase uses (in part or in
 * full: what a purchase does not use stays for the next one).
 * @example await convertPoints(tx, scope, { customerId, programId, points: 250 }) // { amountCents: 250, … }
 */
export async function convertPoints(
  tx: Tx,
  scope: MerchantScope,
  input: { customerId?: string; cardToken?: string; programId: string; points: number },
) {
  const { merchantId, actor, now } = scope;
  const customer = await lockCustomerWithVersion(tx, merchantId, input, []);
  if (!customer) throw notFound('Customer');
  const catalog = await programCatalog(tx, merchantId, customer.loyalty_version);
  const program = findProgram(catalog, input.programId);
  const standing = await loadCustomerStanding(tx, merchantId, customer.id);
  const conversionId = uuidv7();
  const before = standing.standings[program.id] ?? EMPTY_STANDING;
  const outcome = unwrap(
    convertPointsToMoney({ program, standing: before, points: input.points, conversionId, now }),
  );
  await appendEntries(tx, { merchantId, customerId: customer.id, actor }, outcome.entries);
  await insertPointsConversion(tx, {
    merchantId,
    id: conversionId,
    customerId: customer.id,
    programId: program.id,
    points: input.points,
    amountCents: outcome.amountCents,
    actor,
    at: now,
  });
  await appendAudit(tx, merchantId, actor, now, {
    action: 'points.converted',
    subjectType: 'customer',
    subjectId: customer.id,
    details: { conversionId, programId: program.id, points: input.points },
  });
  const state: StandingState = {
    ...catalog,
    ...standing,
    standings: { ...standing.standings, [program.id]: standingAfter(before, outcome.entries) },
  };
  return {
    conversionId,
    customerId: customer.id,
    programId: program.id,
    points: input.points,
    amountCents: outcome.amountCents,
    discount: pointsDiscountLine(input.points, outcome.amountCents),
    card: cardView(state, now),
  };
}

/**
 * The quote line of converted points: its label is the number of points ("250"), which the
 * counter words in the person's language ("250 points convertis").
 */
export function pointsDiscountLine(points: number, amountCents: number) {
  return { kind: 'points' as const, label: String(points), amountCents };
}
