import { type SelectHTMLAttributes, useId } from 'react';

type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  options: { value: string; label: string }[];
  error?: string | undefined;
  hint?: string | undefined;
};

/** A labelled select, wired like the shared Field (hint and error announced). */
export function SelectField({ label, options, error, hint, ...select }: SelectProps) {
  const id = useId();
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

type Choice<V extends string> = { value: V; label: string; hint?: string };

/** Radio buttons as large tappable tiles, in a fieldset with its legend. */
export function ChoiceGroup<V extends string>({
  legend,
  name,
  value,
  choices,
  onChange,
  columns,
}: {
  legend: string;
  name: string;
  value: V;
  choices: Choice<V>[];
  onChange(value: V): void;
  columns?: number;
}) {
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      <div
        className="choice-grid"
        style={columns ? { gridTemplateColumns: `repeat(${columns}, 1fr)` } : undefined}
      >
        {choices.map((c) => (
          <label key={c.value} className={`choice${c.value === value ? ' selected' : ''}`}>
            <input
              type="radio"
              name={name}
              value={c.value}
              checked={c.value === value}
              onChange={() => onChange(c.value)}
            />
            <span>
              <span className="choice-label">{c.label}</span>
              {c.hint && <span className="choice-hint">{c.hint}</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
