import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { useCan, useSession } from '../../auth/session.tsx';
import { useFormat, useLang, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SelectField } from '../programs/controls.tsx';
import { parseCents } from '../programs/money.ts';
import { messages } from './messages.ts';
import { type CauseShareRule, shareRuleFromText, shareRuleToText } from './share-form.ts';

const CAUSES_KEY = ['causes'];

/** The cause on the programs page: the causes, the share of each purchase, what is owed. */
export function CauseSection() {
  const t = useT(messages);
  const can = useCan();
  const causes = useQuery({ queryKey: CAUSES_KEY, queryFn: () => call(api.GET('/api/v1/causes')) });
  const data = causes.data;
  return (
    <section className="card stack" aria-labelledby="cause-title">
      <h2 id="cause-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <ProblemAlert error={causes.error} />
      {data && (
        <CauseList causes={data.causes} defaultCauseId={data.settings?.defaultCauseId ?? null} />
      )}
      {data?.causes.some((c) => c.active) && (
        <ShareSettings
          key={JSON.stringify(data.settings)}
          causes={data.causes.filter((c) => c.active)}
          settings={data.settings}
        />
      )}
      {data?.settings && can('analytics:read') && <CauseTotals causes={data.causes} />}
    </section>
  );
}

type Cause = { id: string; name: string; description: string | null; active: boolean };

function CauseList(props: { causes: Cause[]; defaultCauseId: string | null }) {
  const t = useT(messages);
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const add = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/causes', {
          body: { name, description: description || null },
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: (result) => {
      client.setQueryData(CAUSES_KEY, result);
      setName('');
      setDescription('');
    },
  });
  const toggle = useMutation({
    mutationFn: (cause: Cause) =>
      call(
        api.PATCH('/api/v1/causes/{id}', {
          params: { path: { id: cause.id } },
          body: { active: !cause.active },
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: (result) => client.setQueryData(CAUSES_KEY, result),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <div className="stack">
      <h3>{t('causes')}</h3>
      {props.causes.length === 0 && <p>{t('noCause')}</p>}
      <ul>
        {props.causes.map((c) => (
          <li key={c.id} className="row">
            <span>
              <strong>{c.name}</strong>
              {c.description && ` — ${c.description}`}
              {!c.active && ` (${t('archived')})`}
            </span>
            {c.id !== props.defaultCauseId && (
              <button
                type="button"
                className="button secondary small"
                onClick={() => toggle.mutate(c)}
              >
                {c.active ? t('archive') : t('restore')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <form className="row" onSubmit={submit} noValidate>
        <Field label={t('causeName')} value={name} onChange={(e) => setName(e.target.value)} />
        <Field
          label={t('causeDescription')}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
        <button type="submit" className="button" disabled={add.isPending || name.trim() === ''}>
          {t('addCause')}
        </button>
      </form>
      <ProblemAlert error={add.error ?? toggle.error} />
    </div>
  );
}

function ShareSettings(props: {
  causes: Cause[];
  settings: { rule: CauseShareRule; defaultCauseId: string; customersChoose: boolean } | null;
}) {
  const t = useT(messages);
  const { lang } = useLang();
  const client = useQueryClient();
  const [kind, setKind] = useState<CauseShareRule['kind']>(props.settings?.rule.kind ?? 'percent');
  const [value, setValue] = useState(
    props.settings ? shareRuleToText(props.settings.rule, lang) : '',
  );
  const [causeId, setCauseId] = useState(
    props.settings?.defaultCauseId ?? props.causes[0]?.id ?? '',
  );
  const [choose, setChoose] = useState(props.settings?.customersChoose ?? false);
  const [invalid, setInvalid] = useState(false);
  const save = useMutation({
    mutationFn: (rule: CauseShareRule) =>
      call(
        api.PUT('/api/v1/cause-settings', {
          body: { rule, defaultCauseId: causeId, customersChoose: choose },
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: (result) => client.setQueryData(CAUSES_KEY, result),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const rule = shareRuleFromText(kind, value);
    setInvalid(rule === null);
    if (rule) save.mutate(rule);
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="row">
        <SelectField
          label={t('share')}
          value={kind}
          options={[
            { value: 'percent', label: t('percent') },
            { value: 'per_visit', label: t('perVisit') },
          ]}
          onChange={(e) => setKind(e.target.value as CauseShareRule['kind'])}
        />
        <Field
          label={kind === 'percent' ? t('percentValue') : t('perVisitValue')}
          inputMode="decimal"
          value={value}
          error={invalid ? t('invalidValue') : undefined}
          onChange={(e) => setValue(e.target.value)}
        />
        <SelectField
          label={t('defaultCause')}
          value={causeId}
          options={props.causes.map((c) => ({ value: c.id, label: c.name }))}
          onChange={(e) => setCauseId(e.target.value)}
        />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={choose} onChange={(e) => setChoose(e.target.checked)} />
        {t('customersChoose')}
      </label>
      <ProblemAlert error={save.error} />
      <div className="row">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('saveSettings')}
        </button>
      </div>
    </form>
  );
}

const firstOfYear = () => `${new Date().getFullYear()}-01-01`;
const today = () => new Date().toISOString().slice(0, 10);

/** Given, taken back, paid and owed per cause for a period; payments; the donations file. */
function CauseTotals({ causes }: { causes: Cause[] }) {
  const t = useT(messages);
  const fmt = useFormat(useSession().me?.merchant.currency);
  const [from, setFrom] = useState(firstOfYear);
  const [to, setTo] = useState(today);
  const totals = useQuery({
    queryKey: ['cause-totals', from, to],
    queryFn: () => call(api.GET('/api/v1/causes/totals', { params: { query: { from, to } } })),
    enabled: from <= to,
  });
  return (
    <div className="stack">
      <h3>{t('totals')}</h3>
      <div className="row">
        <Field
          label={t('from')}
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
        <Field label={t('to')} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      <ProblemAlert error={totals.error} />
      {totals.data && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('cause')}</th>
              <th scope="col">{t('given')}</th>
              <th scope="col">{t('takenBack')}</th>
              <th scope="col">{t('paid')}</th>
              <th scope="col">{t('owed')}</th>
            </tr>
          </thead>
          <tbody>
            {totals.data.causes.map((c) => (
              <tr key={c.causeId}>
                <td>{c.name}</td>
                <td>{fmt.cents(c.givenCents)}</td>
                <td>{fmt.cents(c.takenBackCents)}</td>
                <td>{fmt.cents(c.paidCents)}</td>
                <td>
                  <strong>{fmt.cents(c.owedCents)}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <PaymentForm causes={causes} />
      <a className="small" href={`/api/v1/causes/export?from=${from}&to=${to}&format=csv`} download>
        {t('export')}
      </a>
    </div>
  );
}

function PaymentForm({ causes }: { causes: Cause[] }) {
  const t = useT(messages);
  const client = useQueryClient();
  const [causeId, setCauseId] = useState(causes[0]?.id ?? '');
  const [amount, setAmount] = useState('');
  const [paidOn, setPaidOn] = useState(today);
  const [reference, setReference] = useState('');
  const [invalid, setInvalid] = useState(false);
  const pay = useMutation({
    mutationFn: (amountCents: number) =>
      call(
        api.POST('/api/v1/causes/{id}/payments', {
          params: { path: { id: causeId } },
          body: { amountCents, paidOn, reference: reference || null },
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: () => {
      setAmount('');
      setReference('');
      return client.invalidateQueries({ queryKey: ['cause-totals'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cents = parseCents(amount);
    setInvalid(cents === null || cents < 1);
    if (cents !== null && cents >= 1) pay.mutate(cents);
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <h4>{t('recordPayment')}</h4>
      <div className="row">
        <SelectField
          label={t('cause')}
          value={causeId}
          options={causes.map((c) => ({ value: c.id, label: c.name }))}
          onChange={(e) => setCauseId(e.target.value)}
        />
        <Field
          label={t('amount')}
          inputMode="decimal"
          value={amount}
          error={invalid ? t('invalidValue') : undefined}
          onChange={(e) => setAmount(e.target.value)}
        />
        <Field
          label={t('paidOn')}
          type="date"
          value={paidOn}
          onChange={(e) => setPaidOn(e.target.value)}
        />
        <Field
          label={t('reference')}
          value={reference}
          onChange={(e) => setReference(e.target.value)}
        />
      </div>
      <ProblemAlert error={pay.error} />
      {pay.isSuccess && (
        <p className="alert ok" role="status">
          {t('paymentSaved')}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button" disabled={pay.isPending}>
          {t('recordPayment')}
        </button>
      </div>
    </form>
  );
}
