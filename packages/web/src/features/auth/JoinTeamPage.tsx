import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
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
  wrong_password: 'wrongPassword',
} as const;

/** The page behind a team invitation: joins with one's password (existing login) or a new one. */
export function JoinTeamPage() {
  const t = useT(messages);
  const navigate = useNavigate();
  const client = useQueryClient();
  const [token] = useState(() => tokenFromHash(location.hash));
  const [password, setPassword] = useState('');
  const invitation = useQuery({
    queryKey: ['invitation', token],
    enabled: token !== null,
    retry: false,
    queryFn: () =>
      call(api.POST('/api/v1/auth/invitations/inspect', { body: { token: token ?? '' } })),
  });
  const accept = useMutation({
    mutationFn: () =>
      call(api.POST('/api/v1/auth/invitations/accept', { body: { token: token ?? '', password } })),
    onSuccess: (me) => {
      client.setQueryData(['me'], me);
      navigate('/', { replace: true });
    },
  });
  const hasAccount = invitation.data?.hasAccount ?? false;
  const local =
    !hasAccount && password ? passwordProblem(password, invitation.data?.email ?? '') : null;
  const server =
    accept.error instanceof ApiProblem
      ? (accept.error.fields.find((f) => f.field === 'password')?.code as
          | keyof typeof PROBLEM_TEXT
          | undefined)
      : undefined;
  const code = local ?? server;
  const invalid =
    !token ||
    [invitation.error, accept.error].some(
      (e) => e instanceof ApiProblem && e.code === 'invalid_link',
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!local) accept.mutate();
  };
  return (
    <div className="center-page">
      <main className="card stack">
        <div className="row">
          <h1>{t('joinTitle')}</h1>
          <LanguageSwitch tone="paper" />
        </div>
        {invalid ? (
          <>
            <p className="alert error" role="alert">
              {t('joinInvalid')}
            </p>
            <Link to="/login">{t('backToLogin')}</Link>
          </>
        ) : invitation.data ? (
          <form className="stack" onSubmit={submit} noValidate>
            <p>
              {t('joinIntro', {
                business: invitation.data.businessName,
                email: invitation.data.email,
              })}
            </p>
            <p className="muted">{hasAccount ? t('joinExisting') : t('joinNew')}</p>
            <Field
              label={hasAccount ? t('password') : t('newPassword')}
              type="password"
              autoComplete={hasAccount ? 'current-password' : 'new-password'}
              required
              value={password}
              hint={hasAccount ? undefined : t('newPasswordHint')}
              error={code && code in PROBLEM_TEXT ? t(PROBLEM_TEXT[code]) : undefined}
              onChange={(e) => setPassword(e.target.value)}
            />
            {!server && <ProblemAlert error={accept.error} />}
            <button className="button big" type="submit" disabled={accept.isPending || !password}>
              {t('joinSubmit')}
            </button>
            {hasAccount && (
              <p className="small">
                <Link to="/forgot-password">{t('forgot')}</Link>
              </p>
            )}
          </form>
        ) : (
          <ProblemAlert error={invitation.error} />
        )}
      </main>
    </div>
  );
}
