import type { Tx } from '../../db/tenant.ts';
import { findReferralLinkParts } from '../../repositories/referrals.ts';

/** What the card shows to share: the code and the shop's sign-up page that carries it. */
export type ReferralLink = { code: string; url: string };

/**
 * A customer's referral code and the link to share — the shop's sign-up page with `?ref=` —
 * or null for an erased customer. The code is not the card token (a secret the counter scans
 * to buy and redeem): sharing it gives nothing but a referral.
 */
export async function loadReferralLink(
  tx: Tx,
  merchantId: string,
  customerId: string,
  publicUrl: string,
): Promise<ReferralLink | null> {
  const parts = await findReferralLinkParts(tx, merchantId, customerId);
  if (!parts || parts.erased_at !== null) return null;
  return { code: parts.referral_code, url: referralUrl(publicUrl, parts, parts.referral_code) };
}

/** @example referralUrl('https://habitue.example', { slug: 'cafe', signup_token: 'k9' }, 'ABCD2345') // 'https://habitue.example/join/cafe/k9?ref=ABCD2345' */
export function referralUrl(
  publicUrl: string,
  merchant: { slug: string; signup_token: string },
  code: string,
) {
  const base = publicUrl.replace(/\/+$/, '');
  return `${base}/join/${encodeURIComponent(merchant.slug)}/${encodeURIComponent(merchant.signup_token)}?ref=${encodeURIComponent(code)}`;
}
