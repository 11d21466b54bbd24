import { useFormat, useT } from '../../i18n/i18n.tsx';
import type { EconomicsPreview } from './economics.ts';
import { messages } from './messages.ts';

type Numbers = { spendNeededCents: number; costRatioPercent: number; band: string };

/**
 * The reward economics in plain words: "Vous rendez 2 % de ce que le client dépense : dans la
 * fourchette conseillée de 1 à 5 %." Takes the live preview or the server's saved numbers.
 */
export function EconomicsNote({
  economics,
  costPriceCents,
  currency,
}: {
  economics: EconomicsPreview | (Numbers & { ok?: true });
  costPriceCents: number | null;
  currency?: string | undefined;
}) {
  const t = useT(messages);
  const fmt = useFormat(currency);
  if (economics.ok === false) {
    const key = {
      averageBasketCents: 'econNeedsBasket',
      averageItemPriceCents: 'econNeedsItem',
      rules: 'econNeedsRules',
      costPrice: 'econNeedsCost',
    } as const;
    return <p className="econ econ-missing">{t(key[economics.needs])}</p>;
  }
  const ratio = fmt.percent(economics.costRatioPercent / 100);
  const sentence =
    economics.band === 'within'
      ? 'econWithin'
      : economics.band === 'below'
        ? 'econBelow'
        : 'econAbove';
  return (
    <div className={`econ econ-${economics.band === 'within' ? 'ok' : 'warn'}`}>
      <p>
        <strong>{t(sentence, { ratio })}</strong>
      </p>
      <p className="small">
        {t('econDetail', {
          spend: fmt.cents(economics.spendNeededCents),
          cost: fmt.cents(costPriceCents ?? 0),
        })}
      </p>
    </div>
  );
}
