import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { api, call } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { LanguageSwitch } from '../../ui/LanguageSwitch.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { passwordProblem } from '../onboarding/password-rules.ts';
import { tokenFromHash } from './link-token.ts';
import { messages } from './messages.ts';

const PROBLEM_TEXT = {
  too_short: 'tooShort',
  too_long: 'tooLong',
  too_common: 'tooCommon',
} as const;

/** The page behind a reset link: choose a new password, once. */
export function ResetPasswordPage() {
  const t = useT(messages);
  const [token] = useState(() => tokenFromHash(location.hash));
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const confirm = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/auth/password-reset/confirm', {
          body: { token: token ?? '', password },
        }),
      ),
  });
  const local = passwordProblem(password, '');
  const server =
    confirm.error instanceof ApiProblem
      ? confirm.error.fields.find((f) => f.field === 'password')?.code
      : undefined;
  const problem = (touched && local) || (server as keyof typeof PROBLEM_TEXT | undefined);
  const invalidLink = confirm.error instanceof ApiProblem && confirm.error.code === 'invalid_link';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!local) confirm.mutate();
  };
  return (
    <div className="center-page">
      <main className="card stack">
        <div className="row">
          <h1>{t('resetTitle')}</h1>
          <LanguageSwitch tone="paper" />
        </div>
        {!token || invalidLink ? (
          <>
            <p className="alert error" role="alert">
              {token ? t('linkInvalid') : t('noToken')}
            </p>
            <Link className="button" to="/forgot-password">
              {t('askNewLink')}
            </Link>
          </>
        ) : confirm.isSuccess ? (
          <>
            <p className="alert ok" role="status">
              {t('resetDone')}
            </p>
            <Link className="button big" to="/login">
              {t('submit')}
            </Link>
          </>
        ) : (
          <>
            <p className="muted">{t('resetIntro')}</p>
            <form className="stack" onSubmit={submit} noValidate>
              <Field
                label={t('newPassword')}
                type="password"
                autoComplete="new-password"
                required
                value={password}
                hint={t('newPasswordHint')}
                error={problem && problem in PROBLEM_TEXT ? t(PROBLEM_TEXT[problem]) : undefined}
                onChange={(e) => setPassword(e.target.value)}
                onBlur={() => setTouched(true)}
              />
              {!server && <ProblemAlert error={confirm.error} />}
              <button className="button big" type="submit" disabled={confirm.isPending}>
                {t('resetSubmit')}
              </button>
            </form>
          </>
        )}
        <p className="small">
          <Link to="/forgot-password">{t('forgot')}</Link> ·{' '}
          <Link to="/login">{t('backToLogin')}</Link>
        </p>
      </main>
    </div>
  );
}
