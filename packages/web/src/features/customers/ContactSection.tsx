import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, call } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import {
  type ContactForm,
  type ContactProblem,
  contactChanges,
  contactFormOf,
  contactProblems,
} from './contact-form.ts';
import { messages } from './messages.ts';
import type { CustomerDetail } from './types.ts';

type Key = keyof (typeof messages)['fr'];
const FIELDS: { key: keyof ContactForm; label: Key; type?: string; inputMode?: 'tel' | 'email' }[] =
  [
    { key: 'firstName', label: 'firstName' },
    { key: 'lastName', label: 'lastName' },
    { key: 'phone', label: 'phone', type: 'tel', inputMode: 'tel' },
    { key: 'email', label: 'email', type: 'email', inputMode: 'email' },
    { key: 'company', label: 'company' },
    { key: 'birthday', label: 'birthdayInput' },
  ];
const PROBLEM_TEXT = {
  email: 'invalid_email',
  phone: 'invalid_phone',
  birthday: 'invalid_birthday',
} as const satisfies Record<ContactProblem, Key>;

/**
 * Who the customer is and how to reach them: shown, edited in place (an emptied field is
 * removed), and, for a known customer who has not joined, enrolment in the loyalty program.
 */
export function ContactSection({ customer: c }: { customer: CustomerDetail }) {
  const t = useT(messages);
  const format = useFormat();
  const client = useQueryClient();
  const [editing, setEditing] = useState<ContactForm | null>(null);
  const [saved, setSaved] = useState(false);
  const refresh = (updated: unknown) => {
    client.setQueryData(['customer', c.id], (old: CustomerDetail | undefined) =>
      old ? { ...old, ...(updated as Partial<CustomerDetail>) } : old,
    );
    void client.invalidateQueries({ queryKey: ['customer', c.id] });
    void client.invalidateQueries({ queryKey: ['card', c.id] });
  };
  const save = useMutation({
    mutationFn: (body: ReturnType<typeof contactChanges>) =>
      call(api.PATCH('/api/v1/customers/{id}', { params: { path: { id: c.id } }, body })),
    onSuccess: (updated) => {
      refresh(updated);
      setEditing(null);
      setSaved(true);
    },
  });
  const enroll = useMutation({
    mutationFn: () =>
      call(
        api.PATCH('/api/v1/customers/{id}', {
          params: { path: { id: c.id } },
          body: { member: true },
        }),
      ),
    onSuccess: refresh,
  });
  const rows: [string, string | null][] = [
    [t('phone'), c.phone],
    [t('email'), c.email],
    [t('company'), c.company],
    [t('birthday'), c.birthday ? c.birthday.split('-').reverse().join('/') : null],
    [t('customerSince'), format.date(c.customerSince)],
    [t('memberSince'), c.memberSince ? format.date(c.memberSince) : t('notMember')],
  ];
  const server = save.error instanceof ApiProblem ? save.error : null;
  const problems = editing ? contactProblems(editing) : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!editing || Object.keys(problems).length > 0 || save.isPending) return;
    const changes = contactChanges(editing, c);
    if (Object.keys(changes).length === 0) return setEditing(null);
    save.mutate(changes);
  };
  return (
    <section className="card stack" aria-labelledby="contact-title">
      <div className="row customer-section-head">
        <h2 id="contact-title">{t('contact')}</h2>
        {!editing && (
          <button
            type="button"
            className="button secondary small-button"
            onClick={() => {
              setSaved(false);
              save.reset();
              setEditing(contactFormOf(c));
            }}
          >
            {t('editContact')}
          </button>
        )}
      </div>
      {saved && !editing && (
        <div className="alert ok" role="status">
          {t('contactSaved')}
        </div>
      )}
      {editing ? (
        <form className="stack" onSubmit={submit} noValidate>
          <p className="muted small">{t('contactEditHint')}</p>
          {FIELDS.map((f) => (
            <Field
              key={f.key}
              label={t(f.label)}
              type={f.type ?? 'text'}
              inputMode={f.inputMode}
              autoComplete="off"
              value={editing[f.key]}
              hint={f.key === 'birthday' ? t('birthdayHint') : undefined}
              error={
                problems[f.key]
                  ? t(PROBLEM_TEXT[problems[f.key] as ContactProblem])
                  : server?.fieldError(f.key)
              }
              onChange={(e) => setEditing({ ...editing, [f.key]: e.target.value })}
            />
          ))}
          {save.error && !server?.fields.length && <ProblemAlert error={save.error} />}
          <div className="row">
            <button className="button" type="submit" disabled={save.isPending}>
              {t('saveContact')}
            </button>
            <button className="button secondary" type="button" onClick={() => setEditing(null)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : (
        <dl className="customer-facts">
          {rows
            .filter(([, v]) => v)
            .map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
        </dl>
      )}
      {!c.memberSince && !editing && (
        <div className="stack">
          <p className="muted small">{t('notMemberHint')}</p>
          <button
            type="button"
            className="button"
            disabled={enroll.isPending}
            onClick={() => enroll.mutate()}
          >
            {t('enroll')}
          </button>
          <ProblemAlert error={enroll.error} />
        </div>
      )}
    </section>
  );
}
