import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import type { components } from '../../api/schema.d.ts';
import { useLang, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { HeardFromField } from '../acquisition/HeardFromField.tsx';
import { PublicFrame } from '../card/PublicFrame.tsx';
import { JoinFormFields } from './JoinFormFields.tsx';
import { type JoinMessage, messages } from './messages.ts';
import { PrivacyNotice } from './PrivacyNotice.tsx';
import { programSentence } from './program-sentence.ts';
import { formFieldOf, type JoinField, type JoinForm, validateJoin } from './validate-join.ts';
import './join.css';

type SignupPage = components['schemas']['SignupPage'];

/** Server error codes the form can say in the reader's language. */
const SERVER_CODES: Record<string, JoinMessage> = {
  invalid_phone: 'phoneInvalid',
  invalid_birthday: 'birthdayInvalid',
  invalid_format: 'emailInvalid',
};

const EMPTY: JoinForm = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  day: '',
  month: '',
  consentEmail: false,
  consentSms: false,
  heardFrom: '',
};

/** The public sign-up behind the poster's link: the deal in one sentence, then a short form. */
export function JoinPage() {
  const { slug = '', token = '' } = useParams();
  const t = useT(messages);
  const { lang } = useLang();
  const params = { path: { slug, token } };
  const page = useQuery({
    queryKey: ['signup-page', slug, token],
    queryFn: () => call(api.GET('/api/v1/public/join/{slug}/{token}', { params })),
    retry: (count, error) => !(error instanceof ApiProblem) && count < 2,
  });
  useEffect(() => {
    document.title = page.data ? `${t('title')} · ${page.data.business.name}` : t('title');
  }, [page.data, t]);

  if (!page.data) {
    const missing = page.error instanceof ApiProblem && page.error.status === 404;
    return (
      <PublicFrame businessName={null} brandColor={null}>
        {page.isPending ? (
          <p className="muted" role="status">
            {t('loading')}
          </p>
        ) : missing ? (
          <div className="alert error" role="alert">
            {t('notFound')}
          </div>
        ) : (
          <ProblemAlert error={page.error} />
        )}
      </PublicFrame>
    );
  }
  const sentences = page.data.programs.map((p) => programSentence(p, lang));
  return (
    <PublicFrame businessName={page.data.business.name} brandColor={page.data.business.brandColor}>
      <section className="card stack" aria-labelledby="join-title">
        <h1 id="join-title">{t('title')}</h1>
        {sentences.length > 0 ? (
          <ul className="join-programs">
            {sentences.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        ) : (
          <p>{t('noProgram')}</p>
        )}
        <p className="muted">{t('intro')}</p>
      </section>
      <JoinFormCard page={page.data} slug={slug} token={token} />
    </PublicFrame>
  );
}

function JoinFormCard({ page, slug, token }: { page: SignupPage; slug: string; token: string }) {
  const t = useT(messages);
  const { lang } = useLang();
  const navigate = useNavigate();
  const [form, setForm] = useState<JoinForm>(EMPTY);
  const [touched, setTouched] = useState<Partial<Record<JoinField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<JoinField, string>>>({});
  const [alreadyMember, setAlreadyMember] = useState(false);
  // One key per attempt: a double tap or a network retry is one sign-up; a corrected form is new.
  const key = useRef(idempotencyKey());
  const referredBy = new URLSearchParams(useLocation().search).get('ref')?.slice(0, 60) ?? '';
  const wording = page.consentWording[lang];
  const privacy = useQuery({
    queryKey: ['public-privacy', slug],
    queryFn: () => call(api.GET('/api/v1/public/privacy/{slug}', { params: { path: { slug } } })),
  });

  const join = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/public/join/{slug}/{token}', {
          params: { path: { slug, token } },
          headers: { 'Idempotency-Key': key.current },
          body: {
            firstName: form.firstName.trim(),
            ...(form.lastName.trim() ? { lastName: form.lastName.trim() } : {}),
            ...(form.email.trim() ? { email: form.email.trim() } : {}),
            ...(form.phone.trim() ? { phone: form.phone.trim() } : {}),
            ...(form.day && form.month
              ? { birthday: { day: Number(form.day), month: Number(form.month) } }
              : {}),
            consents: { email: form.consentEmail, sms: form.consentSms },
            consentWordingVersion: wording.version,
            // The referral code of a friend's link (?ref=); the server ignores an unknown one.
            ...(referredBy ? { referredBy } : {}),
            ...(form.heardFrom ? { heardFrom: form.heardFrom } : {}),
          },
        }),
      ),
    onSuccess: (joined) => {
      // An email or phone that already has a card: its link went to the card's owner, not here.
      if (!('cardToken' in joined)) return setAlreadyMember(true);
      navigate(`/c/${joined.cardToken}`, { replace: true, state: { welcome: true } });
    },
    onError: (error) => {
      if (!(error instanceof ApiProblem)) return;
      key.current = idempotencyKey();
      const next: Partial<Record<JoinField, string>> = {};
      for (const f of error.fields) {
        const field = formFieldOf(f.field);
        const known = f.code ? SERVER_CODES[f.code] : undefined;
        if (field && !next[field])
          next[field] = known ? t(known) : (error.fieldError(f.field) ?? '');
      }
      setServerErrors(next);
    },
  });

  const local = validateJoin(form);
  const errorOf = (field: JoinField): string | undefined => {
    if (local[field] && (touched[field] || submitted)) return t(local[field]);
    return serverErrors[field];
  };
  const update = (patch: Partial<JoinForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setServerErrors({});
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(local).length > 0) {
      const first = Object.keys(local)[0];
      document.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    join.mutate();
  };
  const hasFieldErrors =
    (submitted && Object.keys(local).length > 0) || Object.keys(serverErrors).length > 0;
  if (alreadyMember) {
    return (
      <section className="card">
        <p role="status">{t('alreadyMember', { business: page.business.name })}</p>
      </section>
    );
  }
  return (
    <section className="card">
      <form className="stack join-form" onSubmit={submit} noValidate>
        <JoinFormFields
          form={form}
          update={update}
          touch={(field) => setTouched((s) => ({ ...s, [field]: true }))}
          errorOf={errorOf}
          wording={wording}
        />
        <HeardFromField
          choices={page.heardFromChoices}
          value={form.heardFrom}
          onChange={(heardFrom) => update({ heardFrom })}
          error={errorOf('heardFrom')}
        />
        {hasFieldErrors ? (
          <div className="alert error" role="alert">
            {t('fixErrors')}
          </div>
        ) : (
          join.error &&
          !(join.error instanceof ApiProblem && join.error.fields.length > 0) && (
            <ProblemAlert error={join.error} />
          )
        )}
        <button className="button big" type="submit" disabled={join.isPending}>
          {join.isPending ? t('submitting') : t('submit')}
        </button>
        {privacy.data && <PrivacyNotice privacy={privacy.data} />}
      </form>
    </section>
  );
}
