import type { components } from '../../api/schema.d.ts';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { b2bThresholdMessages } from './b2b-messages.ts';

type TradeDiscount = components['schemas']['Card']['tradeDiscount'];

/**
 * "Remise professionnelle Martin SARL : 3 % — encore 1 450 € d'achats sur 12 mois pour 5 %",
 * on the customer's card and at the counter, for a contact of a business account.
 */
export function CardTradeDiscount({ trade }: { trade: TradeDiscount | undefined }) {
  const t = useT(b2bThresholdMessages);
  const fmt = useFormat();
  if (!trade) return null;
  return (
    <section className="card" data-testid="card-trade-discount">
      <p>
        {trade.percent > 0
          ? t('cardReached', { account: trade.account, percent: trade.percent })
          : t('cardNone', { account: trade.account })}
      </p>
      {trade.next && (
        <p className="muted">
          {t('cardNext', {
            amount: fmt.cents(trade.next.spendLeftCents),
            months: trade.periodMonths,
            percent: trade.next.percent,
          })}
        </p>
      )}
    </section>
  );
}
