import { useId } from 'react';
import type { components } from '../../api/schema.d.ts';
import { useLang, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { messages } from './messages.ts';
import type { JoinField, JoinForm } from './validate-join.ts';

const DAYS = Array.from({ length: 31 }, (_, i) => i + 1);
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

type Wording = components['schemas']['SignupPage']['consentWording']['fr'];

type Props = {
  form: JoinForm;
  update(patch: Partial<JoinForm>): void;
  touch(field: JoinField): void;
  errorOf(field: JoinField): string | undefined;
  wording: Wording;
};

/** The sign-up fields, in reading order: who you are, how to reach you, birthday, consent. */
export function JoinFormFields({ form, update, touch, errorOf, wording }: Props) {
  const t = useT(messages);
  return (
    <>
      <Field
        label={t('firstName')}
        data-field="firstName"
        autoComplete="given-name"
        required
        value={form.firstName}
        onChange={(e) => update({ firstName: e.target.value })}
        onBlur={() => touch('firstName')}
        error={errorOf('firstName')}
      />
      <Field
        label={`${t('lastName')} ${t('optional')}`}
        autoComplete="family-name"
        value={form.lastName}
        onChange={(e) => update({ lastName: e.target.value })}
      />
      <Field
        label={t('email')}
        data-field="email"
        type="email"
        inputMode="email"
        autoComplete="email"
        value={form.email}
        onChange={(e) => update({ email: e.target.value })}
        onBlur={() => touch('email')}
        hint={t('contactHint')}
        error={errorOf('email')}
      />
      <Field
        label={t('phone')}
        data-field="phone"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        value={form.phone}
        onChange={(e) => update({ phone: e.target.value })}
        onBlur={() => touch('phone')}
        error={errorOf('phone')}
      />
      <Birthday form={form} update={update} touch={touch} error={errorOf('birthday')} />
      <fieldset className="consents">
        <legend>{t('consentTitle')}</legend>
        <Consent
          field="consentEmail"
          text={wording.email}
          checked={form.consentEmail}
          onChange={(v) => update({ consentEmail: v })}
          error={errorOf('consentEmail')}
        />
        <Consent
          field="consentSms"
          text={wording.sms}
          checked={form.consentSms}
          onChange={(v) => update({ consentSms: v })}
          error={errorOf('consentSms')}
        />
        <p className="small muted" style={{ margin: 0 }}>
          {wording.notice}
        </p>
      </fieldset>
    </>
  );
}

function Consent(props: {
  field: JoinField;
  text: string;
  checked: boolean;
  onChange(value: boolean): void;
  error: string | undefined;
}) {
  const id = useId();
  return (
    <div>
      <label className="consent" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          data-field={props.field}
          checked={props.checked}
          onChange={(e) => props.onChange(e.target.checked)}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={props.error ? `${id}-error` : undefined}
        />
        <span>{props.text}</span>
      </label>
      {props.error && (
        <span id={`${id}-error`} className="error" role="alert">
          {props.error}
        </span>
      )}
    </div>
  );
}

function Birthday(props: {
  form: JoinForm;
  update(patch: Partial<JoinForm>): void;
  touch(field: JoinField): void;
  error: string | undefined;
}) {
  const t = useT(messages);
  const { lang } = useLang();
  const id = useId();
  const monthName = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    month: 'long',
    timeZone: 'UTC',
  });
  const described = [`${id}-hint`, props.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const common = {
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': described,
    onBlur: () => props.touch('birthday'),
  } as const;
  return (
    <fieldset className="birthday field">
      <legend>
        {t('birthday')} <span className="optional">{t('optional')}</span>
      </legend>
      <div className="pair">
        <div className="field">
          <label htmlFor={`${id}-day`}>{t('day')}</label>
          <select
            id={`${id}-day`}
            data-field="birthday"
            value={props.form.day}
            onChange={(e) => props.update({ day: e.target.value })}
            {...common}
          >
            <option value="">{t('none')}</option>
            {DAYS.map((d) => (
              <option key={d} value={String(d)}>
                {d}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-month`}>{t('month')}</label>
          <select
            id={`${id}-month`}
            value={props.form.month}
            onChange={(e) => props.update({ month: e.target.value })}
            {...common}
          >
            <option value="">{t('none')}</option>
            {MONTHS.map((m) => (
              <option key={m} value={String(m)}>
                {monthName.format(new Date(Date.UTC(2024, m - 1, 1)))}
              </option>
            ))}
          </select>
        </div>
      </div>
      <span id={`${id}-hint`} className="hint">
        {t('birthdayHint')}
      </span>
      {props.error && (
        <span id={`${id}-error`} className="error" role="alert">
          {props.error}
        </span>
      )}
    </fieldset>
  );
}
