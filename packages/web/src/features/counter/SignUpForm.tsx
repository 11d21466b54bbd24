import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { Field } from '../../ui/Field.tsx';
import { CounterError } from './CounterError.tsx';
import type { SignUpPrefill } from './new-customer.ts';
import type { Customer } from './types.ts';
import { useCounterText } from './use-counter-text.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phoneOk = (p: string) => {
  const digits = p.replace(/\D/g, '');
  return digits.length >= 6 && digits.length <= 15 && /^[+\d\s().-]+$/.test(p.trim());
};

/** Staff-assisted sign-up in a few seconds: first name and a phone or an email. */
export function SignUpForm(props: {
  prefill: SignUpPrefill;
  onCreated(c: Customer): void;
  onCancel(): void;
}) {
  const { t } = useCounterText();
  const [firstName, setFirstName] = useState(props.prefill.firstName);
  const [lastName, setLastName] = useState(props.prefill.lastName);
  const [phone, setPhone] = useState(props.prefill.phone);
  const [email, setEmail] = useState(props.prefill.email);
  const guessed = Boolean(props.prefill.firstName);
  const [emailConsent, setEmailConsent] = useState(false);
  const [smsConsent, setSmsConsent] = useState(false);
  const [touched, setTouched] = useState(false);
  const key = useRef(idempotencyKey());
  const create = useMutation({
    mutationFn: () => {
      const consents = [
        ...(email && emailConsent ? [{ channel: 'email' as const, granted: true }] : []),
        ...(phone && smsConsent ? [{ channel: 'sms' as const, granted: true }] : []),
      ].map((c) => ({ ...c, source: 'counter', wordingVersion: 'fr-2026-11' }));
      return call(
        api.POST('/api/v1/customers', {
          body: {
            firstName: firstName.trim(),
            ...(lastName.trim() ? { lastName: lastName.trim() } : {}),
            ...(phone.trim() ? { phone: phone.trim() } : {}),
            ...(email.trim() ? { email: email.trim() } : {}),
            ...(consents.length ? { consents } : {}),
          },
          headers: { 'Idempotency-Key': key.current },
        }),
      );
    },
    onSuccess: (customer) => props.onCreated(customer),
    onError: (error) => {
      // A refusal is final for this body; a new attempt after an edit is a new action.
      if (error instanceof ApiProblem && error.status < 500) key.current = idempotencyKey();
    },
  });
  const server = create.error instanceof ApiProblem ? create.error : null;
  const errors = {
    firstName: firstName.trim() ? undefined : t('firstNameRequired'),
    phone: phone.trim() && !phoneOk(phone) ? t('phoneInvalid') : undefined,
    email: email.trim() && !EMAIL.test(email.trim()) ? t('emailInvalid') : undefined,
    contact: phone.trim() || email.trim() ? undefined : t('contactRequired'),
  };
  const valid = !errors.firstName && !errors.phone && !errors.email && !errors.contact;
  const show = (field: keyof typeof errors, value: string) =>
    (touched || value ? errors[field] : undefined) ?? server?.fieldError(field);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (valid && !create.isPending) create.mutate();
  };
  return (
    <form className="card stack counter-signup" onSubmit={submit} noValidate>
      <h2>{t('signupTitle')}</h2>
      <Field
        label={t('firstName')}
        autoComplete="off"
        autoFocus
        required
        value={firstName}
        hint={guessed ? t('nameSplitHint') : undefined}
        error={touched ? (errors.firstName ?? server?.fieldError('firstName')) : undefined}
        onChange={(e) => setFirstName(e.target.value)}
      />
      <Field
        label={t('lastName')}
        autoComplete="off"
        value={lastName}
        error={server?.fieldError('lastName')}
        onChange={(e) => setLastName(e.target.value)}
      />
      <Field
        label={t('phone')}
        type="tel"
        inputMode="tel"
        autoComplete="off"
        value={phone}
        hint={t('contactHint')}
        error={show('phone', phone) ?? (touched ? errors.contact : undefined)}
        onChange={(e) => setPhone(e.target.value)}
      />
      {phone.trim() && (
        <label className="counter-check">
          <input
            type="checkbox"
            checked={smsConsent}
            onChange={(e) => setSmsConsent(e.target.checked)}
          />
          {t('consentSms')}
        </label>
      )}
      <Field
        label={t('email')}
        type="email"
        inputMode="email"
        autoComplete="off"
        value={email}
        error={show('email', email)}
        onChange={(e) => setEmail(e.target.value)}
      />
      {email.trim() && (
        <label className="counter-check">
          <input
            type="checkbox"
            checked={emailConsent}
            onChange={(e) => setEmailConsent(e.target.checked)}
          />
          {t('consentEmail')}
        </label>
      )}
      {server && !server.fields.length && <CounterError error={server} />}
      {create.error && !server && <CounterError error={create.error} />}
      <div className="counter-actions">
        <button className="button big" type="submit" disabled={create.isPending}>
          {create.isPending ? t('sending') : t('create')}
        </button>
        <button className="button secondary big" type="button" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
