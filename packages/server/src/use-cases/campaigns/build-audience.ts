import {
  type ConsentRefusal,
  type MessageKind,
  mayReceive,
} from '../../campaigns/consent-rules.ts';
import { matchesSegment, type Segment } from '../../campaigns/segment.ts';
import type { CampaignChannel } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant.ts';
import { type AudienceRow, listAudienceRows } from '../../repositories/campaign-audience.ts';
import { findTierSetting, loadTierActivities } from '../../repositories/tiers.ts';
import type { CustomerMetrics } from '../analytics/customer-metrics.ts';
import { customerValue } from '../analytics/customer-value-row.ts';
import { customersToOffer } from '../cross-sell/customers-to-offer.ts';
import { standingOf } from '../tiers/tier-standing.ts';

export type Exclusions = Record<ConsentRefusal, number>;

export type Audience = {
  /** In the segment and allowed by the consent rules, by customer id. */
  recipients: AudienceRow[];
  /** In the segment but left out by the consent rules, per reason. */
  excluded: Exclusions;
};

/**
 * The consent rules' decision for one customer on `channel` at `now`, for a campaign
 * (marketing) or an automation's message of either kind: the one translation of a customer's
 * stored facts (consent history, real purchases, B2B contact) into the rules' terms.
 */
export function consentFor(
  row: AudienceRow,
  channel: CampaignChannel,
  now: Date,
  kind: MessageKind = 'marketing',
) {
  return mayReceive({
    channel,
    kind,
    history: row.consents.map((c) => ({
      channel: c.channel,
      granted: c.granted,
      at: new Date(c.at),
    })),
    hasAddress: channel === 'email' ? Boolean(row.email) : Boolean(row.phone),
    purchaseDates: row.first_purchase_at ? [row.first_purchase_at] : [],
    b2bContact: row.b2b_contact,
    now,
  });
}

/**
 * Who a campaign on `channel` for `segment` reaches at `now`: the segment is matched with the
 * shop's analytics (RFM, P(alive), last visit, spend), then the consent rules decide.
 */
export async function buildAudience(
  tx: Tx,
  input: {
    merchantId: string;
    channel: CampaignChannel;
    segment: Segment;
    metrics: CustomerMetrics;
    now: Date;
  },
): Promise<Audience> {
  const { metrics, segment, channel, now } = input;
  const rows = await listAudienceRows(tx, input.merchantId);
  const tierOf = segment.tiers ? await tiersOf(tx, input.merchantId, rows, now) : undefined;
  const offered =
    segment.crossSellItem === undefined
      ? undefined
      : await customersToOffer(tx, input.merchantId, segment.crossSellItem);
  const excluded: Exclusions = { no_address: 0, withdrawn: 0, no_consent: 0 };
  const recipients: AudienceRow[] = [];
  for (const row of rows) {
    const index = metrics.indexOf.get(row.id);
    const value = index === undefined ? null : customerValue(metrics, index);
    const inSegment = matchesSegment(segment, {
      rfmSegment: value?.rfm?.segment ?? null,
      pAlive: value?.pAlive ?? null,
      tags: row.tags,
      lastVisit: value?.lastVisit ?? null,
      totalSpendCents: value?.totalSpendCents ?? 0,
      birthMonth: row.birth_month,
      programIds: row.program_ids,
      ...(tierOf ? { tierIds: tierOf.has(row.id) ? [tierOf.get(row.id)!] : [] } : {}),
      ...(offered ? { crossSellOffered: offered.has(row.id) } : {}),
    });
    if (!inSegment) continue;
    const decision = consentFor(row, channel, now);
    if (decision.allowed) recipients.push(row);
    else excluded[decision.reason] += 1;
  }
  return { recipients, excluded };
}

/**
 * The level each member holds now on the shop's ladder, computed as the card computes it
 * (purchases and refunds in the ladder's window, seniority); empty without a ladder, so a
 * segment on tiers then reaches nobody.
 */
async function tiersOf(
  tx: Tx,
  merchantId: string,
  rows: readonly AudienceRow[],
  now: Date,
): Promise<Map<string, string>> {
  const setting = await findTierSetting(tx, merchantId);
  const levels = new Map<string, string>();
  if (!setting) return levels;
  const members = rows.flatMap((r) =>
    r.member_since ? [{ id: r.id, memberSince: r.member_since }] : [],
  );
  const activities = await loadTierActivities(tx, merchantId, members);
  for (const [id, activity] of activities) {
    levels.set(id, standingOf(setting, activity, now).level.id);
  }
  return levels;
}
