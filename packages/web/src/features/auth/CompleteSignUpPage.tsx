import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { tokenFromHash } from './link-token.ts';
import { messages } from './messages.ts';

/** The page behind the sign-up link mailed when SMTP is configured: creates the business. */
export function CompleteSignUpPage() {
  const t = useT(messages);
  const navigate = useNavigate();
  const client = useQueryClient();
  const [token] = useState(() => tokenFromHash(location.hash));
  // A query keyed by the link, not a mutation: however often the page renders or mounts, the
  // single-use link is sent once.
  const complete = useQuery({
    queryKey: ['signup-complete', token],
    enabled: token !== null,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    queryFn: () => call(api.POST('/api/v1/auth/signup/complete', { body: { token: token ?? '' } })),
  });
  const me = complete.data;
  useEffect(() => {
    if (!me) return;
    client.setQueryData(['me'], me);
    navigate('/signup/program', { replace: true });
  }, [me, client, navigate]);
  const invalid =
    !token || (complete.error instanceof ApiProblem && complete.error.code === 'invalid_link');
  return (
    <div className="center-page">
      <main className="card stack">
        <h1>{t('completeTitle')}</h1>
        {invalid ? (
          <>
            <p className="alert error" role="alert">
              {t('completeInvalid')}
            </p>
            <Link className="button" to="/signup">
              {t('restartSignUp')}
            </Link>
          </>
        ) : complete.error ? (
          <ProblemAlert error={complete.error} />
        ) : (
          <p className="muted" role="status">
            {t('completing')}
          </p>
        )}
      </main>
    </div>
  );
}
