import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { api, call } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { useSession } from '../../auth/session.tsx';
import { useFormat, useLang, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { passwordProblem } from '../onboarding/password-rules.ts';
import { deviceName } from './device-name.ts';
import { securityMessages as messages } from './security-messages.ts';

const PROBLEM_TEXT = {
  too_short: 'tooShort',
  too_long: 'tooLong',
  too_common: 'tooCommon',
  wrong_password: 'wrongPassword',
} as const;

/** Settings → Sécurité, for everyone with a login: change one's password, see and end sessions. */
export function SecuritySection() {
  const t = useT(messages);
  return (
    <section id="security" className="card stack" aria-labelledby="security-title">
      <h2 id="security-title">{t('security')}</h2>
      <p className="muted">{t('securityIntro')}</p>
      <ChangePasswordForm />
      <SessionsList />
    </section>
  );
}

function ChangePasswordForm() {
  const t = useT(messages);
  const { me } = useSession();
  const client = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const change = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/auth/password', {
          body: { currentPassword: current, newPassword: next },
        }),
      ),
    onSuccess: async () => {
      setCurrent('');
      setNext('');
      await client.invalidateQueries({ queryKey: ['sessions'] });
    },
  });
  const fieldCode = (field: string) =>
    change.error instanceof ApiProblem
      ? (change.error.fields.find((f) => f.field === field)?.code as
          | keyof typeof PROBLEM_TEXT
          | undefined)
      : undefined;
  const local = next ? passwordProblem(next, me?.user?.email ?? '') : null;
  const text = (code: keyof typeof PROBLEM_TEXT | null | undefined) =>
    code && code in PROBLEM_TEXT ? t(PROBLEM_TEXT[code]) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!local) change.mutate();
  };
  const handled = fieldCode('currentPassword') || fieldCode('newPassword');
  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby="password-title">
      <h3 id="password-title">{t('changePassword')}</h3>
      <Field
        label={t('currentPassword')}
        type="password"
        autoComplete="current-password"
        required
        value={current}
        error={text(fieldCode('currentPassword'))}
        onChange={(e) => setCurrent(e.target.value)}
      />
      <Field
        label={t('newPassword')}
        type="password"
        autoComplete="new-password"
        required
        value={next}
        hint={t('newPasswordHint')}
        error={text(local ?? fieldCode('newPassword'))}
        onChange={(e) => setNext(e.target.value)}
      />
      {!handled && <ProblemAlert error={change.error} />}
      {change.isSuccess && (
        <p className="alert ok" role="status">
          {t('passwordChanged')}
        </p>
      )}
      <div>
        <button
          className="button"
          type="submit"
          disabled={change.isPending || !current || !next || local !== null}
        >
          {t('savePassword')}
        </button>
      </div>
    </form>
  );
}

function SessionsList() {
  const t = useT(messages);
  const { lang } = useLang();
  const { me } = useSession();
  const fmt = useFormat(me?.merchant.currency, me?.merchant.timeZone);
  const client = useQueryClient();
  const navigate = useNavigate();
  const sessions = useQuery({
    queryKey: ['sessions'],
    queryFn: async () => (await call(api.GET('/api/v1/auth/sessions'))).items,
  });
  const signedOutHere = async () => {
    localStorage.removeItem('habitue.session');
    client.clear();
    navigate('/login', { replace: true });
  };
  const endOne = useMutation({
    mutationFn: (id: string) =>
      call(api.DELETE('/api/v1/auth/sessions/{id}', { params: { path: { id } } })),
    onSuccess: async (_data, id) => {
      if (sessions.data?.find((s) => s.id === id)?.current) return signedOutHere();
      await client.invalidateQueries({ queryKey: ['sessions'] });
    },
  });
  const endAll = useMutation({
    mutationFn: () => call(api.DELETE('/api/v1/auth/sessions')),
    onSuccess: signedOutHere,
  });
  return (
    <div className="stack">
      <h3>{t('sessions')}</h3>
      <p className="muted">{t('sessionsIntro')}</p>
      <ProblemAlert error={sessions.error ?? endOne.error ?? endAll.error} />
      {sessions.isPending && <p className="muted">{t('loading')}</p>}
      {sessions.data && (
        <div className="table-scroll">
          <table className="list">
            <thead>
              <tr>
                <th scope="col">{t('device')}</th>
                <th scope="col">{t('business')}</th>
                <th scope="col">{t('lastSeen')}</th>
                <th scope="col">{t('since')}</th>
                <th scope="col">
                  <span className="sr-only">{t('signOut')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.data.map((s) => (
                <tr key={s.id}>
                  <td>
                    {deviceName(s.userAgent, lang === 'fr' ? 'sur' : 'on') ?? t('unknownDevice')}
                    {s.current && <strong> ({t('thisDevice')})</strong>}
                  </td>
                  <td>{s.merchantName}</td>
                  <td className="nowrap">{fmt.dateTime(s.lastSeenAt)}</td>
                  <td className="nowrap">{fmt.dateTime(s.createdAt)}</td>
                  <td>
                    <button
                      type="button"
                      className="button secondary"
                      disabled={endOne.isPending}
                      onClick={() => endOne.mutate(s.id)}
                    >
                      {t('signOut')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="row">
        <button
          type="button"
          className="button danger"
          disabled={endAll.isPending}
          onClick={() => endAll.mutate()}
        >
          {t('signOutEverywhere')}
        </button>
        <span className="small muted">{t('signOutEverywhereHint')}</span>
      </div>
    </div>
  );
}
