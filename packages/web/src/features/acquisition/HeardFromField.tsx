import { useId } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { signupMessages } from './signup-messages.ts';

type Props = {
  choices: ReadonlyArray<{ id: string; label: string }>;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
};

/**
 * The sign-up page's one optional question, "comment nous avez-vous connus ?", with the
 * shop's own answers; absent when the shop offers none, so the page stays light.
 */
export function HeardFromField({ choices, value, onChange, error }: Props) {
  const t = useT(signupMessages);
  const id = useId();
  if (choices.length === 0) return null;
  return (
    <div className="field">
      <label htmlFor={id}>
        {t('heardFrom')} <span className="optional">{t('optional')}</span>
      </label>
      <select
        id={id}
        data-field="heardFrom"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t('noAnswer')}</option>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
      {error && (
        <span id={`${id}-error`} className="error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
