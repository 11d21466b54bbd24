import { useFormat } from '../../i18n/i18n.tsx';
import { dismissPurchase, type PendingPurchase } from './pending-purchases.ts';
import { useCounterText } from './use-counter-text.ts';

/** "1 achat en attente de synchronisation", and any the server refused for good. */
export function PendingBanner(props: { pending: PendingPurchase[]; onRetry(): void }) {
  const { t } = useCounterText();
  const format = useFormat();
  const waiting = props.pending.filter((p) => !p.failure);
  const failed = props.pending.filter((p) => p.failure);
  return (
    <>
      {waiting.length > 0 && (
        <div className="alert warn counter-pending" role="status">
          <span>
            {waiting.length === 1 ? t('pendingOne') : t('pendingMany', { count: waiting.length })}
          </span>
          <button type="button" className="button secondary" onClick={props.onRetry}>
            {t('syncNow')}
          </button>
        </div>
      )}
      {failed.map((p) => (
        <div key={p.key} className="alert error counter-pending" role="alert">
          <span>
            {t('failedSync', {
              amount: format.cents(p.amountCents),
              name: p.customerName,
              reason: p.failure ?? '',
            })}
          </span>
          <button type="button" className="button secondary" onClick={() => dismissPurchase(p.key)}>
            {t('dismiss')}
          </button>
        </div>
      ))}
    </>
  );
}
