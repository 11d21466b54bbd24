import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { api, call } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages } from './messages.ts';

/**
 * The customer's GDPR rights on their page: see and download their data (owners and
 * managers), and erase them (owners), after typing a confirmation word.
 */
export function PrivacySection({ customerId }: { customerId: string }) {
  const t = useT(messages);
  const can = useCan();
  const format = useFormat();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const erase = useMutation({
    mutationFn: () =>
      call(api.POST('/api/v1/customers/{id}/erase', { params: { path: { id: customerId } } })),
    onSuccess: () => {
      setConfirming(false);
      void client.invalidateQueries();
    },
  });
  if (!can('data:export')) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (typed.trim().toUpperCase() === t('eraseWord') && !erase.isPending) erase.mutate();
  };
  return (
    <section className="card stack" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('privacy')}</h2>
      <p className="muted small">{t('privacyHint')}</p>
      <div className="row">
        <Link to={`/customers/${customerId}/data`}>{t('seeData')}</Link>
        <a href={`/api/v1/customers/${customerId}/export`} download={`client-${customerId}.json`}>
          {t('downloadJson')}
        </a>
      </div>
      {can('merchant:manage') && <Link to="/retention">{t('retentionTitle')}</Link>}
      {erase.data && (
        <p className="alert" role="status">
          {t('erased', { at: format.dateTime(erase.data.erasedAt) })}
        </p>
      )}
      {can('merchant:manage') && !erase.data && !confirming && (
        <button type="button" className="button danger" onClick={() => setConfirming(true)}>
          {t('erase')}
        </button>
      )}
      {confirming && (
        <form className="stack erase-confirm" onSubmit={submit}>
          <h3>{t('eraseTitle')}</h3>
          <p>{t('eraseExplain')}</p>
          <div className="field">
            <label htmlFor="erase-word">{t('eraseConfirmLabel')}</label>
            <input
              id="erase-word"
              autoComplete="off"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
            />
          </div>
          <ProblemAlert error={erase.error} />
          <div className="row">
            <button
              type="submit"
              className="button danger"
              disabled={typed.trim().toUpperCase() !== t('eraseWord') || erase.isPending}
            >
              {t('eraseConfirm')}
            </button>
            <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
