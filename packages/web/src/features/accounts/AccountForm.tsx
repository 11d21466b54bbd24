import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import type { components } from '../../api/schema.d.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { euroToCents } from '../customers/euros.ts';
import { messages } from './messages.ts';

type Account = components['schemas']['B2bAccount'];

const wholeOrNull = (text: string) => (/^\d{1,3}$/.test(text.trim()) ? Number(text.trim()) : null);

/** Opens an account, or changes one (`account` given): company, SIREN/SIRET, address, terms. */
export function AccountForm({
  account,
  onSaved,
}: {
  account?: Account;
  onSaved?: (account: Account) => void;
}) {
  const t = useT(messages);
  const client = useQueryClient();
  const key = useRef(idempotencyKey());
  const [companyName, setCompanyName] = useState(account?.companyName ?? '');
  const [companyNumber, setCompanyNumber] = useState(account?.siret ?? account?.siren ?? '');
  const [address, setAddress] = useState(account?.address ?? '');
  const [terms, setTerms] = useState(String(account?.paymentTermsDays ?? 30));
  const [estimate, setEstimate] = useState(
    account?.potentialEstimateCents == null ? '' : String(account.potentialEstimateCents / 100),
  );
  const [touched, setTouched] = useState(false);
  const termsValue = wholeOrNull(terms);
  const estimateValue = estimate.trim() === '' ? null : euroToCents(estimate);
  const local = {
    terms: termsValue === null ? t('notWhole') : undefined,
    estimate: estimate.trim() !== '' && estimateValue === null ? t('notAmount') : undefined,
  };
  const body = {
    companyName,
    companyNumber: companyNumber.trim() || null,
    address: address.trim() || null,
    paymentTermsDays: termsValue ?? 30,
    potentialEstimateCents: estimateValue,
  };
  const save = useMutation({
    mutationFn: () =>
      account
        ? call(
            api.PATCH('/api/v1/b2b-accounts/{id}', {
              params: { path: { id: account.id } },
              body,
              headers: { 'Idempotency-Key': key.current },
            }),
          )
        : call(
            api.POST('/api/v1/b2b-accounts', {
              body,
              headers: { 'Idempotency-Key': key.current },
            }),
          ),
    onSuccess: (saved) => {
      key.current = idempotencyKey();
      setTouched(false);
      if (!account) {
        setCompanyName('');
        setCompanyNumber('');
        setAddress('');
        setEstimate('');
      }
      void client.invalidateQueries({ queryKey: ['b2b-accounts'] });
      void client.invalidateQueries({ queryKey: ['b2b-account'] });
      onSaved?.(saved);
    },
    onError: (e) => {
      if (e instanceof ApiProblem && e.status < 500) key.current = idempotencyKey();
    },
  });
  const server = (field: string) =>
    save.error instanceof ApiProblem ? save.error.fieldError(field) : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (Object.values(local).some(Boolean) || save.isPending) return;
    save.mutate();
  };
  const shown = (error: string | undefined) => (touched ? error : undefined);
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="row">
        <Field
          label={t('companyName')}
          value={companyName}
          onChange={(e) => setCompanyName(e.target.value)}
          error={server('companyName')}
          required
        />
        <Field
          label={t('companyNumber')}
          hint={t('companyNumberHint')}
          inputMode="numeric"
          value={companyNumber}
          onChange={(e) => setCompanyNumber(e.target.value)}
          error={server('companyNumber')}
        />
      </div>
      <Field
        label={t('address')}
        value={address}
        onChange={(e) => setAddress(e.target.value)}
        error={server('address')}
      />
      <div className="row">
        <Field
          label={t('paymentTerms')}
          inputMode="numeric"
          value={terms}
          onChange={(e) => setTerms(e.target.value)}
          error={shown(local.terms) ?? server('paymentTermsDays')}
        />
        <Field
          label={t('potentialEstimate')}
          hint={t('potentialEstimateHint')}
          inputMode="decimal"
          value={estimate}
          onChange={(e) => setEstimate(e.target.value)}
          error={shown(local.estimate) ?? server('potentialEstimateCents')}
        />
      </div>
      <ProblemAlert error={save.error} />
      <div>
        <button type="submit" disabled={save.isPending}>
          {account ? t('save') : t('create')}
        </button>
      </div>
    </form>
  );
}
