import { useId } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { type AnswerValue, marksOf, type Question, toggleOption } from './answer-form.ts';
import { publicMessages as messages } from './messages.ts';

type Props = {
  question: Question;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
  error?: string | undefined;
};

/**
 * One question of the public page, as native form controls (radios, checkboxes, a text box)
 * in a fieldset with its legend, so that screen readers and keyboards get them for free.
 */
export function QuestionInput({ question: q, value, onChange, error }: Props) {
  const t = useT(messages);
  const id = useId();
  const errorId = `${id}-error`;
  const legend = (
    <legend>
      {q.label} {!q.required && <span className="muted small">{t('optional')}</span>}
    </legend>
  );
  const problem = error && (
    <span id={errorId} className="error" role="alert">
      {error}
    </span>
  );
  if (q.kind === 'text') {
    return (
      <div className="field">
        <label htmlFor={id}>
          {q.label} {!q.required && <span className="muted small">{t('optional')}</span>}
        </label>
        <textarea
          id={id}
          rows={3}
          value={typeof value === 'string' ? value : ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
        {problem}
      </div>
    );
  }
  if (q.kind === 'choice') {
    const options = q.options ?? [];
    return (
      <fieldset className="survey-question" aria-describedby={error ? errorId : undefined}>
        {legend}
        <div className="survey-options">
          {options.map((option) => (
            <label key={option} className="survey-option">
              <input
                type={q.multiple ? 'checkbox' : 'radio'}
                name={id}
                checked={Array.isArray(value) ? value.includes(option) : value === option}
                onChange={() => onChange(q.multiple ? toggleOption(value, option) : option)}
              />
              <span>{option}</span>
            </label>
          ))}
        </div>
        {problem}
      </fieldset>
    );
  }
  const marks = marksOf(q);
  const [low, high] = [marks[0]!, marks.at(-1)!];
  return (
    <fieldset className="survey-question" aria-describedby={error ? errorId : undefined}>
      {legend}
      <div className={`survey-marks ${q.kind === 'nps' ? 'nps' : ''}`}>
        {marks.map((mark) => (
          <label key={mark} className="survey-mark">
            <input
              type="radio"
              name={id}
              value={mark}
              checked={value === mark}
              onChange={() => onChange(mark)}
            />
            <span>{mark}</span>
          </label>
        ))}
      </div>
      <p className="survey-ends small muted" aria-hidden="true">
        <span>{q.kind === 'nps' ? t('npsLow') : t('scaleLow', { n: low })}</span>
        <span>{q.kind === 'nps' ? t('npsHigh') : t('scaleHigh', { n: high })}</span>
      </p>
      {problem}
    </fieldset>
  );
}
