import { useFormat } from '../../i18n/i18n.tsx';
import type { QueuedSale } from './sale-queue.ts';
import { removeSale } from './sale-store.ts';
import { useCounterText } from './use-counter-text.ts';

/**
 * The till's sales not yet recorded, each in its one state: "en attente" (with why: no
 * network, server busy, session to renew) or "refusé" (with the reason, to dismiss).
 */
export function PendingBanner(props: { sales: readonly QueuedSale[]; onRetry(): void }) {
  const { t, refusalReason } = useCounterText();
  const format = useFormat();
  const waiting = props.sales.filter((s) => s.state === 'pending');
  const refused = props.sales.filter((s) => s.state === 'refused');
  const why = (s: QueuedSale) =>
    s.waitingFor === 'sign-in'
      ? t('waitingSignIn')
      : s.waitingFor === 'server'
        ? t('waitingServer')
        : t('waitingNetwork');
  return (
    <>
      {waiting.length > 0 && (
        <div className="alert warn counter-pending" role="status">
          <div>
            <strong>
              {waiting.length === 1 ? t('pendingOne') : t('pendingMany', { count: waiting.length })}
            </strong>
            <ul className="counter-sales">
              {waiting.slice(0, 5).map((s) => (
                <li key={s.key}>
                  {t('salePending', {
                    amount: format.cents(s.amountCents),
                    name: s.customerName,
                    why: why(s),
                  })}
                </li>
              ))}
            </ul>
          </div>
          <button type="button" className="button secondary" onClick={props.onRetry}>
            {t('syncNow')}
          </button>
        </div>
      )}
      {refused.map((s) => (
        <div key={s.key} className="alert error counter-pending" role="alert">
          <span>
            {t('failedSync', {
              amount: format.cents(s.amountCents),
              name: s.customerName,
              reason: s.refusal ? refusalReason(s.refusal) : '',
            })}
          </span>
          <button type="button" className="button secondary" onClick={() => void removeSale(s.key)}>
            {t('dismiss')}
          </button>
        </div>
      ))}
    </>
  );
}
