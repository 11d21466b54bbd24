import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, call, idempotencyKey } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { permissionMessages } from './permission-messages.ts';

type Policy = components['schemas']['AdjustmentPolicy'];
type PolicyInForce = components['schemas']['AdjustmentPolicyInForce'];
type Who = keyof Policy;
type Limit = keyof Policy[Who];
type Draft = Record<Who, Record<Limit, string>>;

const draftOf = (p: PolicyInForce): Draft => ({
  staff: { perAdjustment: String(p.staff.perAdjustment), perDay: String(p.staff.perDay) },
  apiKeys: { perAdjustment: String(p.apiKeys.perAdjustment), perDay: String(p.apiKeys.perDay) },
});

const wholeNumberOf = (text: string) =>
  /^\d{1,2}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;

/** The owner's limits on manual corrections by staff and API keys (GET/PUT /api/v1/adjustment-policy). */
export function AdjustmentPolicySection() {
  const t = useT(permissionMessages);
  const policy = useQuery({
    queryKey: ['adjustment-policy'],
    queryFn: () => call(api.GET('/api/v1/adjustment-policy')),
  });
  return (
    <section id="adjustments" className="card stack" aria-labelledby="policy-title">
      <h2 id="policy-title">{t('policyTitle')}</h2>
      <p className="muted">{t('policyIntro')}</p>
      <ProblemAlert error={policy.error} />
      {policy.data && <PolicyForm initial={policy.data} />}
    </section>
  );
}

function PolicyForm({ initial }: { initial: PolicyInForce }) {
  /** The most the server accepts for any limit, as it says. */
  const max = initial.sanityCap;
  const t = useT(permissionMessages);
  const client = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [saved, setSaved] = useState(false);
  const invalid = (text: string) => {
    const n = wholeNumberOf(text);
    return !Number.isInteger(n) || n < 0 || n > max;
  };
  const save = useMutation({
    mutationFn: (body: Policy) =>
      call(
        api.PUT('/api/v1/adjustment-policy', {
          body,
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: (next) => {
      client.setQueryData(['adjustment-policy'], next);
      void client.invalidateQueries({ queryKey: ['audit-log'] });
      setDraft(draftOf(next));
      setSaved(true);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const all = [draft.staff, draft.apiKeys].flatMap((d) => [d.perAdjustment, d.perDay]);
    if (all.some(invalid)) return;
    const limits = (d: Record<Limit, string>) => ({
      perAdjustment: wholeNumberOf(d.perAdjustment),
      perDay: wholeNumberOf(d.perDay),
    });
    save.mutate({ staff: limits(draft.staff), apiKeys: limits(draft.apiKeys) });
  };
  const field = (who: Who, limit: Limit) => (
    <Field
      label={t(limit)}
      inputMode="numeric"
      value={draft[who][limit]}
      error={invalid(draft[who][limit]) ? t('policyRange', { max }) : undefined}
      onChange={(e) => {
        setSaved(false);
        setDraft({ ...draft, [who]: { ...draft[who], [limit]: e.target.value } });
      }}
    />
  );
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="settings-cols">
        {(['staff', 'apiKeys'] as const).map((who) => (
          <fieldset key={who} className="stack-tight">
            <legend>{who === 'staff' ? t('policyStaff') : t('policyApiKeys')}</legend>
            {field(who, 'perAdjustment')}
            {field(who, 'perDay')}
          </fieldset>
        ))}
      </div>
      <ProblemAlert error={save.error} />
      {saved && (
        <p className="alert ok" role="status">
          {t('policySaved')}
        </p>
      )}
      <div>
        <button className="button" type="submit" disabled={save.isPending}>
          {save.isPending ? '…' : t('save')}
        </button>
      </div>
    </form>
  );
}
