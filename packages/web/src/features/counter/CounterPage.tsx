import { useEffect, useState } from 'react';
import { useFormat } from '../../i18n/i18n.tsx';
import { Confirmation } from './Confirmation.tsx';
import { CustomerCounter, type Outcome } from './CustomerCounter.tsx';
import { CustomerFinder } from './CustomerFinder.tsx';
import type { SignUpPrefill } from './new-customer.ts';
import { PendingBanner } from './PendingBanner.tsx';
import { SignUpForm } from './SignUpForm.tsx';
import { registerCounterWorker } from './service-worker.ts';
import type { Customer } from './types.ts';
import { useCounterText } from './use-counter-text.ts';
import { useSaleQueue } from './use-sale-queue.ts';
import './counter.css';

type Step =
  | { kind: 'find' }
  | { kind: 'signup'; prefill: SignUpPrefill }
  | { kind: 'customer'; customer: Customer }
  | { kind: 'done'; customer: Customer; outcome: Outcome };

/**
 * Counter mode, for a phone or tablet held in one hand: find (or sign up) the customer, type
 * the amount, confirm; or give them a reward. Works through network drops and reloads: every
 * sale is written to the till's queue (IndexedDB) before it is sent, and one that gets no
 * answer is sent again later with the same bytes and key, so it counts once.
 */
export function CounterPage() {
  const { t } = useCounterText();
  const format = useFormat();
  const [step, setStep] = useState<Step>({ kind: 'find' });
  const [synced, setSynced] = useState<string | null>(null);
  const { sales, sync } = useSaleQueue((sale) =>
    setSynced(t('syncedOne', { amount: format.cents(sale.amountCents), name: sale.customerName })),
  );
  const waiting = sales.filter((s) => s.state === 'pending');
  const find = () => setStep({ kind: 'find' });
  useEffect(registerCounterWorker, []);
  return (
    <div className="counter">
      <h1 className="sr-only">{t('title')}</h1>
      <PendingBanner sales={sales} onRetry={() => void sync()} />
      {synced && waiting.length === 0 && (
        <div className="alert ok" role="status">
          {synced}
        </div>
      )}
      {step.kind === 'find' && (
        <CustomerFinder
          onPick={(customer) => setStep({ kind: 'customer', customer })}
          onNew={(prefill) => setStep({ kind: 'signup', prefill })}
        />
      )}
      {step.kind === 'signup' && (
        <SignUpForm
          prefill={step.prefill}
          onCreated={(customer) => setStep({ kind: 'customer', customer })}
          onCancel={find}
        />
      )}
      {step.kind === 'customer' && (
        <CustomerCounter
          key={step.customer.id}
          customer={step.customer}
          onChange={find}
          onOutcome={(outcome) => setStep({ kind: 'done', customer: step.customer, outcome })}
        />
      )}
      {step.kind === 'done' && (
        <Confirmation
          customer={step.customer}
          sales={sales}
          outcome={step.outcome}
          onNext={find}
          onAgain={() => setStep({ kind: 'customer', customer: step.customer })}
          onRedeemed={(outcome) => setStep({ ...step, outcome })}
        />
      )}
    </div>
  );
}
