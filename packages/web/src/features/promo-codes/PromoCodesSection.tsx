import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, call } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useCan, useSession } from '../../auth/session.tsx';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { promoCodeMessages } from './messages.ts';
import {
  EMPTY_PROMO_CODE_FORM,
  type FormErrors,
  type PromoCodeBody,
  type PromoCodeForm,
  promoCodeBody,
} from './promo-code-form.ts';

type PromoCode = components['schemas']['PromoCode'];
const KEY = ['promo-codes'];

/** The shop's promo codes on the programs page: what each takes off, its limits, its uses. */
export function PromoCodesSection() {
  const t = useT(promoCodeMessages);
  const can = useCan();
  const [adding, setAdding] = useState(false);
  const codes = useQuery({ queryKey: KEY, queryFn: () => call(api.GET('/api/v1/promo-codes')) });
  return (
    <section className="card stack" aria-labelledby="promo-codes-title">
      <h2 id="promo-codes-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <ProblemAlert error={codes.error} />
      {codes.data?.items.length === 0 && <p>{t('none')}</p>}
      <ul className="stack">
        {codes.data?.items.map((code) => (
          <PromoCodeLine key={code.id} code={code} canManage={can('programs:write')} />
        ))}
      </ul>
      {can('programs:write') &&
        (adding ? (
          <PromoCodeEditor onDone={() => setAdding(false)} />
        ) : (
          <div>
            <button type="button" className="button" onClick={() => setAdding(true)}>
              {t('add')}
            </button>
          </div>
        ))}
    </section>
  );
}

function PromoCodeLine({ code, canManage }: { code: PromoCode; canManage: boolean }) {
  const t = useT(promoCodeMessages);
  const fmt = useFormat(useSession().me?.merchant.currency);
  const client = useQueryClient();
  const archive = useMutation({
    mutationFn: () =>
      call(
        api.PATCH('/api/v1/promo-codes/{id}', {
          params: { path: { id: code.id } },
          body: { archived: true },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
  const day = (iso: string) => fmt.date(`${iso}T12:00:00Z`);
  const parts = [
    code.percentOff !== null
      ? t('offPercent', { percent: code.percentOff })
      : t('offAmount', { amount: fmt.cents(code.amountOffCents ?? 0) }),
    code.minimumPurchaseCents
      ? t('fromAmount', { amount: fmt.cents(code.minimumPurchaseCents) })
      : null,
    code.startsOn && code.endsOn
      ? t('between', { from: day(code.startsOn), to: day(code.endsOn) })
      : code.startsOn
        ? t('from', { from: day(code.startsOn) })
        : code.endsOn
          ? t('until', { to: day(code.endsOn) })
          : null,
    code.maxUses !== null
      ? t('usesOf', { count: code.uses, max: code.maxUses })
      : t('uses', { count: code.uses }),
    code.perCustomerLimit !== null ? t('perCustomerLimit', { limit: code.perCustomerLimit }) : null,
    code.archived ? t('archived') : null,
  ].filter(Boolean);
  return (
    <li className="row" data-testid="promo-code">
      <strong>{code.code}</strong>
      <span className="muted">{parts.join(' · ')}</span>
      {canManage && !code.archived && (
        <button
          type="button"
          className="button secondary"
          disabled={archive.isPending}
          onClick={() => archive.mutate()}
        >
          {t('archive')}
        </button>
      )}
      <ProblemAlert error={archive.error} />
    </li>
  );
}

function PromoCodeEditor({ onDone }: { onDone(): void }) {
  const t = useT(promoCodeMessages);
  const client = useQueryClient();
  const [form, setForm] = useState<PromoCodeForm>(EMPTY_PROMO_CODE_FORM);
  const [errors, setErrors] = useState<FormErrors>({});
  const create = useMutation({
    mutationFn: (body: PromoCodeBody) => call(api.POST('/api/v1/promo-codes', { body })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: KEY });
      onDone();
    },
  });
  const set = (field: keyof PromoCodeForm) => (e: { target: { value: string } }) =>
    setForm({ ...form, [field]: e.target.value });
  const error = (field: keyof PromoCodeForm) => {
    const key = errors[field];
    return key ? t(key) : undefined;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = promoCodeBody(form);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    create.mutate(result.body);
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <Field
        label={t('code')}
        hint={t('codeHint')}
        value={form.code}
        error={error('code')}
        onChange={set('code')}
        maxLength={32}
        autoComplete="off"
      />
      <fieldset className="row">
        <legend>{t('kind')}</legend>
        {(['percent', 'amount'] as const).map((kind) => (
          <label key={kind}>
            <input
              type="radio"
              name="promo-kind"
              checked={form.kind === kind}
              onChange={() => setForm({ ...form, kind })}
            />{' '}
            {t(kind)}
          </label>
        ))}
      </fieldset>
      <Field
        label={form.kind === 'percent' ? t('percentValue') : t('amountValue')}
        inputMode="decimal"
        value={form.value}
        error={error('value')}
        onChange={set('value')}
      />
      <Field
        label={t('minimum')}
        inputMode="decimal"
        value={form.minimum}
        error={error('minimum')}
        onChange={set('minimum')}
      />
      <Field
        label={t('startsOn')}
        type="date"
        value={form.startsOn}
        error={error('startsOn')}
        onChange={set('startsOn')}
      />
      <Field
        label={t('endsOn')}
        type="date"
        value={form.endsOn}
        error={error('endsOn')}
        onChange={set('endsOn')}
      />
      <Field
        label={t('maxUses')}
        inputMode="numeric"
        value={form.maxUses}
        error={error('maxUses')}
        onChange={set('maxUses')}
      />
      <Field
        label={t('perCustomer')}
        inputMode="numeric"
        value={form.perCustomer}
        error={error('perCustomer')}
        onChange={set('perCustomer')}
      />
      <ProblemAlert error={create.error} />
      <div className="row">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('save')}
        </button>
        <button type="button" className="button secondary" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
