import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { api, call } from '../../api/client.ts';
import { useLang, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { LanguageSwitch } from '../../ui/LanguageSwitch.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { looksLikeEmail } from '../onboarding/password-rules.ts';
import { messages } from './messages.ts';

/** "Mot de passe oublié ?": asks for a reset link; the answer never says whether the email is known. */
export function ForgotPasswordPage() {
  const t = useT(messages);
  const { lang } = useLang();
  const [email, setEmail] = useState('');
  const request = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/auth/password-reset', { body: { email: email.trim(), locale: lang } }),
      ),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate();
  };
  return (
    <div className="center-page">
      <main className="card stack">
        <div className="row">
          <h1>{t('forgotTitle')}</h1>
          <LanguageSwitch tone="paper" />
        </div>
        {request.isSuccess ? (
          <>
            <p className="alert ok" role="status">
              {t('forgotSent', { email: email.trim() })}
            </p>
            <p className="small muted">{t('forgotOperator')}</p>
          </>
        ) : (
          <>
            <p className="muted">{t('forgotIntro')}</p>
            <form className="stack" onSubmit={submit} noValidate>
              <Field
                label={t('email')}
                type="email"
                autoComplete="email"
                required
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
              <ProblemAlert error={request.error} />
              <button
                className="button big"
                type="submit"
                disabled={request.isPending || !looksLikeEmail(email)}
              >
                {t('forgotSubmit')}
              </button>
            </form>
          </>
        )}
        <p className="small">
          <Link to="/login">{t('backToLogin')}</Link>
        </p>
      </main>
    </div>
  );
}
