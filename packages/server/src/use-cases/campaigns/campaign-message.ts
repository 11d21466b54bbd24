import { digest, newSecret } from '../../auth/tokens.ts';
import { escapeHtml, markdownToHtml } from '../../campaigns/markdown.ts';
import { type MergeValues, renderMergeFields } from '../../campaigns/merge-fields.ts';
import type { Tx } from '../../db/tenant.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { cardView } from '../cards/card-view.ts';
import { loadState } from '../loyalty/loyalty-state.ts';

/** A merchant-scoped unsubscribe link: the token alone is secret, stored as its digest. */
export function newUnsubscribeLink(publicUrl: string, merchantId: string) {
  const token = newSecret();
  return { url: `${publicUrl}/u/${merchantId}/${token}`, tokenHash: digest(token) };
}

const UNIT_FR = { stamps: ['tampon', 'tampons'], points: ['point', 'points'] } as const;
const quantity = (n: number, unit: 'stamps' | 'points') =>
  `${n} ${UNIT_FR[unit][Math.abs(n) >= 2 ? 1 : 0]}`;

/**
 * The merge values for one customer: their first name, their balance and next reward on the
 * shop's first program, their card link and the shop's name.
 */
export async function mergeValuesFor(
  tx: Tx,
  input: { merchantId: string; customerId: string; shopName: string; publicUrl: string; now: Date },
): Promise<MergeValues> {
  const customer = await findCustomer(tx, input.merchantId, input.customerId);
  const state = await loadState(tx, input.merchantId, input.customerId);
  const card = cardView(state, input.now).find((p) => !p.archived);
  let next: string | null = null;
  if (card?.progress) {
    const reward = state.rewards.find((r) => r.id === card.progress?.rewardId);
    const missing = card.progress.target - card.progress.current;
    if (reward) next = `${reward.name.fr} (encore ${quantity(missing, card.unit)})`;
  }
  return {
    prenom: customer?.first_name ?? null,
    solde: card ? quantity(card.balance, card.unit) : null,
    prochaine_recompense: next,
    lien_carte: customer ? `${input.publicUrl}/c/${customer.card_token}` : null,
    boutique: input.shopName,
  };
}

/** The merge values when no customer is at hand (an audience of nobody): the shop's name only. */
export function shopOnlyValues(shopName: string): MergeValues {
  return {
    prenom: null,
    solde: null,
    prochaine_recompense: null,
    lien_carte: null,
    boutique: shopName,
  };
}

/**
 * Subject, text and HTML of a campaign mail for one customer, with the visible unsubscribe
 * link at the foot of both parts.
 */
export function renderCampaignMail(
  campaign: { subject: string; body: string },
  values: MergeValues & Readonly<Record<string, string | null>>,
  unsubscribeUrl: string,
) {
  const subject = renderMergeFields(campaign.subject, values).replace(/\s+/g, ' ').trim();
  const body = renderMergeFields(campaign.body, values);
  const footFr = 'Vous ne souhaitez plus recevoir nos messages ? Se désinscrire :';
  const text = `${body.trim()}\n\n--\n${footFr} ${unsubscribeUrl}\n`;
  const html = `${markdownToHtml(body)}
<hr><p style="font-size:12px;color:#666">${escapeHtml(footFr)} <a href="${escapeHtml(unsubscribeUrl)}">se désinscrire</a></p>`;
  return { subject, text, html };
}
