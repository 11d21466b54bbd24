import { useFormat, useLang, useT } from '../../i18n/i18n.tsx';
import { messages } from './messages.ts';
import './tiers.css';
import {
  type GapWords,
  gapWords,
  multiplierFactor,
  type TierCard,
  type TierLevelShown,
} from './tier-lines.ts';

/**
 * Where a customer stands on the shop's ladder — "Or jusqu'au 31 mars 2027 — encore 120 € pour
 * le garder", what it takes to reach the next level, and the level's benefits — for the card,
 * the counter and the customer page. Renders nothing when the shop has no ladder.
 */
export function TierStanding({
  tier,
  level,
  currency,
  compact = false,
}: {
  tier: TierCard | null | undefined;
  level: TierLevelShown | null | undefined;
  currency?: string | undefined;
  compact?: boolean;
}) {
  const t = useT(messages);
  const { lang } = useLang();
  // Tier dates are shop-local days (YYYY-MM-DD): formatted as such, never shifted by a zone.
  const fmt = useFormat(currency, 'UTC');
  if (!tier) return null;
  const gap = (words: GapWords, prefix: 'keep' | 'next', name?: string) => {
    if (words === null) return null;
    const values = { name: name ?? '', amount: '', n: 0 };
    if (words.kind !== 'visits') values.amount = fmt.cents(words.cents);
    if (words.kind !== 'spend') values.n = words.visits;
    const key =
      `${prefix}${words.kind === 'spend' ? 'Spend' : words.kind === 'visits' ? 'Visits' : 'Either'}` as const;
    return t(key, values);
  };
  const keep = gap(gapWords(tier.keep), 'keep');
  const held = tier.until
    ? t('until', { name: tier.name, date: fmt.date(tier.until) })
    : t('since', { name: tier.name, date: fmt.date(tier.since) });
  const next = tier.next;
  const toNext = next && gap(gapWords(next), 'next', next.name);
  const benefits = level?.benefits;
  return (
    <section
      className={compact ? 'tier-standing compact' : 'card tier-standing'}
      style={level ? { borderColor: level.colour } : undefined}
      aria-label={t('label')}
      data-testid="tier-standing"
    >
      <p className="tier-held">
        <span className="tier-dot" style={level ? { background: level.colour } : undefined} />
        <strong>{held}</strong>
        {keep && <> — {keep}</>}
      </p>
      {benefits && (benefits.pointsMultiplierPercent > 100 || benefits.discountPercent > 0) && (
        <p className="tier-benefits">
          {[
            benefits.pointsMultiplierPercent > 100
              ? t('multiplier', {
                  factor: multiplierFactor(benefits.pointsMultiplierPercent, lang),
                })
              : null,
            benefits.discountPercent > 0 ? t('discount', { n: benefits.discountPercent }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      {benefits && benefits.perks.length > 0 && (
        <ul className="tier-perks">
          {benefits.perks.map((perk) => (
            <li key={perk}>{perk}</li>
          ))}
        </ul>
      )}
      {!compact && next === null && <p className="small muted">{t('top')}</p>}
      {level && tier.until !== null && (
        <p className="small muted">{t('review', { date: fmt.date(level.reviewOn) })}</p>
      )}
      {toNext && <p className="tier-next">{toNext}</p>}
      {next?.eligibleOn && (
        <p className="tier-next">
          {t('eligibleOn', { name: next.name, date: fmt.date(next.eligibleOn) })}
        </p>
      )}
    </section>
  );
}

/** "Nouveau niveau : Or !" when a purchase moved the customer up, for the counter to announce. */
export function useTierReached() {
  const t = useT(messages);
  return (before: string | null | undefined, after: string | null | undefined) =>
    after && before && after !== before ? t('reached', { name: after }) : null;
}
