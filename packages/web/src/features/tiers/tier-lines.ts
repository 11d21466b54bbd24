import type { components } from '../../api/schema.d.ts';

export type TierCard = NonNullable<components['schemas']['TierCard']>;
export type TierLevelShown = NonNullable<components['schemas']['TierLevelShown']>;

/** A gap ("encore 120 € ou 2 passages") as what to say and with which numbers. */
export type GapWords =
  | { readonly kind: 'spend'; readonly cents: number }
  | { readonly kind: 'visits'; readonly visits: number }
  | { readonly kind: 'either'; readonly cents: number; readonly visits: number }
  | null;

/**
 * What is left, per criterion; two are joined with "or" (criteria are any-of), so one already
 * met (0 left) means nothing more is needed.
 * @example gapWords({ spendLeftCents: 12000, visitsLeft: null }) // { kind: 'spend', cents: 12000 }
 */
export function gapWords(
  gap: { spendLeftCents: number | null; visitsLeft: number | null } | null,
): GapWords {
  if (gap === null || gap.spendLeftCents === 0 || gap.visitsLeft === 0) return null;
  const cents = gap.spendLeftCents;
  const visits = gap.visitsLeft;
  if (cents !== null && visits !== null) return { kind: 'either', cents, visits };
  if (cents !== null) return { kind: 'spend', cents };
  if (visits !== null) return { kind: 'visits', visits };
  return null;
}

/** ×1,5 as the shop reads it. @example multiplierFactor(150, 'fr') // "1,5" */
export function multiplierFactor(percent: number, lang: 'fr' | 'en'): string {
  const text = String(percent / 100);
  return lang === 'fr' ? text.replace('.', ',') : text;
}
