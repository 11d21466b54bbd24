import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { SelectField } from './controls.tsx';
import type { LevelForm } from './tier-form.ts';
import { tierMessages } from './tier-messages.ts';

/** The usual multipliers; a saved value outside them stays offered. */
const MULTIPLIERS = [100, 110, 125, 150, 200, 300];

/** One level of the ladder: name and colour, how to get in (not for the first), benefits. */
export function TierLevelFields(props: {
  index: number;
  level: LevelForm;
  fieldError(field: string, exact?: boolean): string | undefined;
  multiplierLabel(percent: number): string;
  onChange(level: LevelForm): void;
  onRemove?: (() => void) | undefined;
}) {
  const t = useT(tierMessages);
  const { index, level, fieldError } = props;
  const at = `levels.${index}`;
  const set = (key: keyof LevelForm) => (e: { target: { value: string } }) =>
    props.onChange({ ...level, [key]: e.target.value });
  const current = Number(level.multiplierPercent);
  const multipliers = MULTIPLIERS.includes(current) ? MULTIPLIERS : [...MULTIPLIERS, current];
  return (
    <fieldset className="card stack tier-level" style={{ borderLeftColor: level.colour }}>
      <legend>{t('level', { n: index + 1 })}</legend>
      <div className="row wrap">
        <Field
          label={t('name')}
          value={level.name}
          error={fieldError(`${at}.name`)}
          onChange={set('name')}
        />
        <Field
          label={t('colour')}
          type="color"
          value={level.colour}
          error={fieldError(`${at}.colour`)}
          onChange={set('colour')}
        />
      </div>
      {index === 0 ? (
        <p className="small muted">{t('everyone')}</p>
      ) : (
        <fieldset className="stack">
          <legend className="small">{t('criteriaLegend')}</legend>
          {fieldError(`${at}.criteria`, true) && (
            <p className="error" role="alert">
              {fieldError(`${at}.criteria`, true)}
            </p>
          )}
          <div className="row wrap">
            <Field
              label={t('spend')}
              inputMode="decimal"
              value={level.spend}
              error={fieldError(`${at}.criteria.spendCents`)}
              onChange={set('spend')}
            />
            <Field
              label={t('visits')}
              inputMode="numeric"
              value={level.visits}
              error={fieldError(`${at}.criteria.visits`)}
              onChange={set('visits')}
            />
            <Field
              label={t('seniority')}
              hint={t('seniorityHint')}
              inputMode="numeric"
              value={level.seniorityMonths}
              error={fieldError(`${at}.criteria.seniorityMonths`)}
              onChange={set('seniorityMonths')}
            />
          </div>
        </fieldset>
      )}
      <div className="row wrap">
        <SelectField
          label={t('multiplier')}
          value={level.multiplierPercent}
          options={multipliers.map((m) => ({ value: String(m), label: props.multiplierLabel(m) }))}
          error={fieldError(`${at}.benefits.pointsMultiplierPercent`)}
          onChange={set('multiplierPercent')}
        />
        <Field
          label={t('discount')}
          inputMode="numeric"
          value={level.discountPercent}
          error={fieldError(`${at}.benefits.discountPercent`)}
          onChange={set('discountPercent')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${level.id}-perks`}>{t('perks')}</label>
        <textarea
          id={`${level.id}-perks`}
          rows={2}
          value={level.perks}
          onChange={set('perks')}
          aria-describedby={`${level.id}-perks-hint`}
        />
        <span id={`${level.id}-perks-hint`} className="hint">
          {fieldError(`${at}.benefits.perks`) ?? t('perksHint')}
        </span>
      </div>
      {props.onRemove && (
        <button type="button" className="button secondary" onClick={props.onRemove}>
          {t('remove')}
        </button>
      )}
    </fieldset>
  );
}
