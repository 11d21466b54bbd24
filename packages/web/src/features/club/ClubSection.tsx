import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { useCan, useSession } from '../../auth/session.tsx';
import { useFormat, useLang, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SelectField } from '../programs/controls.tsx';
import { type ClubForm, clubFromForm, defaultClubForm, formFromClub } from './club-form.ts';
import { messages } from './messages.ts';

const CLUB_KEY = ['club'];

/** The paid club on the programs page: its settings, then what it brings. */
export function ClubSection() {
  const t = useT(messages);
  const { lang } = useLang();
  const can = useCan();
  const club = useQuery({ queryKey: CLUB_KEY, queryFn: () => call(api.GET('/api/v1/club')) });
  const [form, setForm] = useState<ClubForm | null>(null);
  const saved = club.data?.club ?? null;
  const editing = form ?? (saved ? formFromClub(saved, lang) : null);
  return (
    <section className="card stack" aria-labelledby="club-title">
      <h2 id="club-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <ProblemAlert error={club.error} />
      {club.isSuccess && editing === null && (
        <div className="row">
          <span>{t('none')}</span>
          <button type="button" className="button" onClick={() => setForm(defaultClubForm(lang))}>
            {t('start')}
          </button>
        </div>
      )}
      {editing && <ClubEditor form={editing} onChange={setForm} onDone={() => setForm(null)} />}
      {saved && can('analytics:read') && <ClubReport />}
    </section>
  );
}

function ClubEditor(props: { form: ClubForm; onChange(form: ClubForm): void; onDone(): void }) {
  const t = useT(messages);
  const client = useQueryClient();
  const { form } = props;
  const [problem, setProblem] = useState<keyof ClubForm | null>(null);
  const [problemText, setProblemText] = useState('');
  const save = useMutation({
    mutationFn: (body: ReturnType<typeof clubFromForm> & { ok: true }) =>
      call(
        api.PUT('/api/v1/club', {
          body: body.club,
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: (result) => {
      client.setQueryData(CLUB_KEY, result);
      props.onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = clubFromForm(form);
    if (!result.ok) {
      setProblem(result.problem.field);
      setProblemText(result.problem.reason === 'amount' ? t('invalidAmount') : t('invalidWhole'));
      return;
    }
    setProblem(null);
    save.mutate(result);
  };
  const set = (changes: Partial<ClubForm>) => props.onChange({ ...form, ...changes });
  const error = (field: keyof ClubForm) => (problem === field ? problemText : undefined);
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <Field
        label={t('name')}
        value={form.name}
        onChange={(e) => set({ name: e.target.value })}
        required
      />
      <div className="row">
        <SelectField
          label={t('period')}
          value={form.period}
          options={[
            { value: 'monthly', label: t('monthly') },
            { value: 'yearly', label: t('yearly') },
          ]}
          onChange={(e) => set({ period: e.target.value as ClubForm['period'] })}
        />
        <Field
          label={t('fee')}
          inputMode="decimal"
          value={form.fee}
          error={error('fee')}
          onChange={(e) => set({ fee: e.target.value })}
        />
        <Field
          label={t('discount')}
          inputMode="numeric"
          value={form.discount}
          error={error('discount')}
          onChange={(e) => set({ discount: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="club-perks">{t('perks')}</label>
        <textarea
          id="club-perks"
          rows={3}
          value={form.perks}
          onChange={(e) => set({ perks: e.target.value })}
        />
        <span className="hint">{t('perksHint')}</span>
      </div>
      <div className="row">
        <Field
          label={t('graceDays')}
          inputMode="numeric"
          value={form.graceDays}
          error={error('graceDays')}
          onChange={(e) => set({ graceDays: e.target.value })}
        />
        <Field
          label={t('reminderDays')}
          inputMode="numeric"
          value={form.reminderDays}
          error={error('reminderDays')}
          onChange={(e) => set({ reminderDays: e.target.value })}
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={form.active}
          onChange={(e) => set({ active: e.target.checked })}
        />
        {t('active')}
      </label>
      <ProblemAlert error={save.error} />
      <div className="row">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}

/** Members, fee revenue, joins, renewals and lapses per month, and the matched comparison. */
function ClubReport() {
  const t = useT(messages);
  const me = useSession().me;
  const fmt = useFormat(me?.merchant.currency);
  const report = useQuery({
    queryKey: ['club-report'],
    queryFn: () => call(api.GET('/api/v1/club/report')),
  });
  const r = report.data?.report;
  if (!r) return <ProblemAlert error={report.error} />;
  const extra = r.comparison.extraSpendPerMemberCents;
  return (
    <div className="stack">
      <h3>{t('report')}</h3>
      <p>
        {t('members')} : <strong>{fmt.number(r.members)}</strong> · {t('revenue')} :{' '}
        <strong>{fmt.cents(r.revenueCents)}</strong>
      </p>
      {r.months.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('month')}</th>
              <th scope="col">{t('revenue')}</th>
              <th scope="col">{t('joins')}</th>
              <th scope="col">{t('renewals')}</th>
              <th scope="col">{t('lapses')}</th>
            </tr>
          </thead>
          <tbody>
            {r.months.map((m) => (
              <tr key={m.month}>
                <td>{m.month}</td>
                <td>{fmt.cents(m.revenueCents)}</td>
                <td>{m.joins}</td>
                <td>{m.renewals}</td>
                <td>{m.lapses}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">
        {extra === null
          ? t('noComparison')
          : t(extra >= 0 ? 'comparison' : 'comparisonLess', {
              amount: fmt.cents(Math.abs(extra)),
              n: r.comparison.matchedMembers,
            })}
      </p>
    </div>
  );
}
