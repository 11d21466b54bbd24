import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, call } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { useSessionActions } from '../../auth/session.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { LanguageSwitch } from '../../ui/LanguageSwitch.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages } from './messages.ts';

export function LoginPage() {
  const t = useT(messages);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { refresh } = useSessionActions();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: () => call(api.POST('/api/v1/auth/login', { body: { email, password } })),
    onSuccess: async () => {
      await refresh();
      const next = params.get('next');
      navigate(next?.startsWith('/') && !next.startsWith('//') ? next : '/');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };
  const invalid = login.error instanceof ApiProblem && login.error.code === 'invalid_credentials';
  return (
    <div className="center-page">
      <main className="card stack">
        <div className="row">
          <h1>{t('title')}</h1>
          <LanguageSwitch tone="paper" />
        </div>
        <p className="muted">{t('intro')}</p>
        <form className="stack" onSubmit={submit} noValidate>
          <Field
            label={t('email')}
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <Field
            label={t('password')}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <p className="small">
            <Link to="/forgot-password">{t('forgot')}</Link>
          </p>
          {invalid ? (
            <div className="alert error" role="alert">
              {t('invalid')}
            </div>
          ) : (
            <ProblemAlert error={login.error} />
          )}
          <button
            className="button big"
            type="submit"
            disabled={login.isPending || !email || !password}
          >
            {t('submit')}
          </button>
        </form>
        <p className="small">
          {t('noAccount')} <Link to="/signup">{t('signUp')}</Link>
        </p>
      </main>
    </div>
  );
}
