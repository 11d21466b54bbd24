import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { useSession } from '../../auth/session.tsx';
import { useLang, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { LanguageSwitch } from '../../ui/LanguageSwitch.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { ChoiceGroup } from '../programs/controls.tsx';
import { serverField } from '../programs/server-fields.ts';
import { messages } from './messages.ts';
import { looksLikeEmail, passwordProblem } from './password-rules.ts';
import './onboarding.css';

export const BUSINESS_KINDS = [
  'cafe',
  'bakery',
  'salon',
  'car_wash',
  'shop',
  'artisan',
  'b2b',
  'other',
] as const;
export type BusinessKind = (typeof BUSINESS_KINDS)[number];

type Values = { email: string; password: string; businessName: string };

/** Step 1 of onboarding: the owner's login and the business, then straight to its first card. */
export function SignupPage() {
  const t = useT(messages);
  const { lang } = useLang();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { me } = useSession({ onlyIfKnown: true });
  const [values, setValues] = useState<Values>({ email: '', password: '', businessName: '' });
  const [kind, setKind] = useState<BusinessKind | ''>('');
  const [touched, setTouched] = useState<Set<keyof Values>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [showPassword, setShowPassword] = useState(false);
  const [mailedTo, setMailedTo] = useState<string | null>(null);

  const signUp = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/auth/signup', {
          body: {
            email: values.email.trim(),
            password: values.password,
            businessName: values.businessName.trim(),
            ...(kind ? { businessKind: kind } : {}),
            locale: lang,
            timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Paris',
          },
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: (answer) => {
      // With mail configured the server answers 202 "check your email", whoever the email is.
      if ('status' in answer) return setMailedTo(values.email.trim());
      client.setQueryData(['me'], answer);
      navigate('/signup/program');
    },
  });

  const password = passwordProblem(values.password, values.email);
  const serverSaysCommon = serverField(signUp.error, ['password'])?.code === 'too_common';
  const local: Partial<Record<keyof Values, string>> = {
    email: !values.email.trim()
      ? t('required')
      : looksLikeEmail(values.email)
        ? undefined
        : t('emailInvalid'),
    password: !values.password
      ? t('required')
      : password === 'too_short'
        ? t('tooShort')
        : password === 'too_long'
          ? t('tooLong')
          : password === 'too_common'
            ? t('tooCommon')
            : undefined,
    businessName: !values.businessName.trim()
      ? t('required')
      : values.businessName.trim().length > 120
        ? t('tooLongName')
        : undefined,
  };
  const kindMissing = kind === '';
  const hasLocalErrors = Object.values(local).some(Boolean) || kindMissing;

  const errorFor = (field: keyof Values) => {
    if (local[field] && (submitted || touched.has(field))) return local[field];
    const server = serverField(signUp.error, [field === 'businessName' ? 'businessName' : field]);
    if (!server) return undefined;
    const byCode: Record<string, string> = {
      too_short: t('tooShort'),
      too_long: t('tooLong'),
      too_common: t('tooCommon'),
      email_taken: t('emailTaken'),
      invalid_format: t('emailInvalid'),
    };
    return byCode[server.code ?? ''] ?? server.message;
  };
  const bind = (field: keyof Values) => ({
    value: values[field],
    error: errorFor(field),
    onChange: (e: { target: { value: string } }) => {
      setValues((v) => ({ ...v, [field]: e.target.value }));
      setTouched((s) => new Set(s).add(field));
      if (signUp.error) signUp.reset();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!hasLocalErrors) signUp.mutate();
  };

  if (mailedTo) {
    return (
      <div className="center-page">
        <main className="card stack">
          <h1>{t('checkEmailTitle')}</h1>
          <p role="status">{t('checkEmail', { email: mailedTo })}</p>
        </main>
      </div>
    );
  }

  if (me) {
    return (
      <div className="center-page">
        <main className="card stack">
          <p>{t('alreadySignedIn', { name: me.merchant.name })}</p>
          <Link className="button" to="/">
            {t('continue')}
          </Link>
        </main>
      </div>
    );
  }

  const emailTaken = signUp.error instanceof ApiProblem && signUp.error.code === 'email_taken';
  const fieldProblem = signUp.error instanceof ApiProblem && signUp.error.fields.length > 0;
  return (
    <div className="center-page onboarding">
      <main className="card stack">
        <div className="row">
          <p className="step">{t('step1')}</p>
          <LanguageSwitch tone="paper" />
        </div>
        <h1>{t('title')}</h1>
        <p className="muted">{t('intro')}</p>
        <form className="stack" onSubmit={submit} noValidate>
          <Field
            label={t('email')}
            type="email"
            autoComplete="email"
            required
            maxLength={254}
            {...bind('email')}
          />
          <div className="stack-tight">
            <div className="password-field">
              <Field
                label={t('password')}
                type={showPassword ? 'text' : 'password'}
                autoComplete="new-password"
                required
                maxLength={200}
                {...bind('password')}
              />
              <button
                type="button"
                className="reveal"
                aria-label={t('showLabel')}
                aria-pressed={showPassword}
                onClick={() => setShowPassword((s) => !s)}
              >
                {showPassword ? t('hide') : t('show')}
              </button>
            </div>
            <ul className="rules" aria-label={t('rulesLabel')}>
              <Rule ok={values.password.length >= 8} text={t('ruleLength')} />
              <Rule
                ok={values.password.length >= 8 && password === null && !serverSaysCommon}
                text={t('ruleCommon')}
              />
            </ul>
          </div>
          <Field
            label={t('businessName')}
            hint={t('businessNameHint')}
            autoComplete="organization"
            required
            maxLength={120}
            {...bind('businessName')}
          />
          <ChoiceGroup<BusinessKind | ''>
            legend={t('businessKind')}
            name="businessKind"
            value={kind}
            onChange={setKind}
            choices={BUSINESS_KINDS.map((k) => ({ value: k, label: t(k) }))}
          />
          {submitted && kindMissing && (
            <span className="field-error" role="alert">
              {t('kindRequired')}
            </span>
          )}
          {emailTaken ? (
            <div className="alert error" role="alert">
              {t('emailTakenAlert')} <Link to="/login">{t('logIn')}</Link>
            </div>
          ) : (submitted && hasLocalErrors) || fieldProblem ? (
            <div className="alert error" role="alert">
              {t('fixFields')}
            </div>
          ) : (
            <ProblemAlert error={signUp.error} />
          )}
          <button className="button big" type="submit" disabled={signUp.isPending}>
            {signUp.isPending ? t('submitting') : t('submit')}
          </button>
        </form>
        <p className="small">
          {t('haveAccount')} <Link to="/login">{t('logIn')}</Link>
        </p>
      </main>
    </div>
  );
}

function Rule({ ok, text }: { ok: boolean; text: string }) {
  const t = useT(messages);
  return (
    <li className={ok ? 'ok' : undefined}>
      <span aria-hidden="true">{ok ? '✓' : '○'}</span> {text}
      <span className="sr-only"> : {ok ? t('ruleOk') : t('ruleNotYet')}</span>
    </li>
  );
}
