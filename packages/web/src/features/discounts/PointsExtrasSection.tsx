import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { useFormat, useLang, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { centsToInput, parseCents, parseWhole } from '../programs/money.ts';
import { pointsExtrasMessages } from './messages.ts';
import {
  EMPTY_MULTIPLIER,
  type Multiplier,
  type MultiplierForm,
  multiplierFromForm,
} from './multiplier-form.ts';

type PointsProgramExtras = {
  id: string;
  pointsAsMoney?: { points: number; cents: number };
  multipliers?: Multiplier[];
};

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * A points program's extras in its editor: the rate at which points pay for purchases
 * ("100 points = 1 €") and its multipliers (quiet hours, a category, a date range).
 */
export function PointsExtrasSection({ program }: { program: { id: string } }) {
  const t = useT(pointsExtrasMessages);
  const { lang } = useLang();
  const fmt = useFormat();
  const can = useCan();
  const client = useQueryClient();
  const extras = program as PointsProgramExtras;
  const [ratePoints, setRatePoints] = useState(String(extras.pointsAsMoney?.points ?? ''));
  const [rateEuros, setRateEuros] = useState(centsToInput(extras.pointsAsMoney?.cents, lang));
  const [multipliers, setMultipliers] = useState<Multiplier[]>(extras.multipliers ?? []);
  const [draft, setDraft] = useState<MultiplierForm>(EMPTY_MULTIPLIER);
  const [draftInvalid, setDraftInvalid] = useState(false);
  const save = useMutation({
    mutationFn: () => {
      const points = parseWhole(ratePoints);
      const cents = parseCents(rateEuros);
      return call(
        api.PATCH('/api/v1/programs/{id}', {
          params: { path: { id: program.id } },
          body: {
            pointsAsMoney: points && cents ? { points, cents } : null,
            multipliers,
          },
        }),
      );
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['programs'] }),
  });
  const describe = (m: Multiplier) => {
    const factor = fmt.number(m.percent / 100);
    switch (m.when.kind) {
      case 'quiet_hours':
        return t('lineQuiet', {
          factor,
          days: m.when.weekdays.map((d) => t(`d${d}` as 'd1')).join(', '),
          from: m.when.from,
          to: m.when.to,
        });
      case 'category':
        return t('lineCategory', { factor, category: m.when.category });
      case 'dates':
        return t('lineDates', {
          factor,
          from: fmt.date(`${m.when.startsOn}T12:00:00Z`),
          to: fmt.date(`${m.when.endsOn}T12:00:00Z`),
        });
    }
  };
  const add = () => {
    const m = multiplierFromForm(draft);
    setDraftInvalid(m === null);
    if (m) {
      setMultipliers([...multipliers, m]);
      setDraft(EMPTY_MULTIPLIER);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const editable = can('programs:write');
  return (
    <section className="card stack" aria-labelledby="points-extras-title">
      <h2 id="points-extras-title">{t('title')}</h2>
      <form className="stack" onSubmit={submit} noValidate>
        <fieldset className="row" disabled={!editable}>
          <legend>{t('rateLegend')}</legend>
          <Field
            label={t('ratePoints')}
            inputMode="numeric"
            value={ratePoints}
            onChange={(e) => setRatePoints(e.target.value)}
          />
          <Field
            label={t('rateEuros')}
            inputMode="decimal"
            value={rateEuros}
            onChange={(e) => setRateEuros(e.target.value)}
          />
        </fieldset>
        <h3>{t('multipliers')}</h3>
        {multipliers.length === 0 && <p className="muted">{t('none')}</p>}
        <ul className="stack">
          {multipliers.map((m, i) => (
            <li key={JSON.stringify(m)} className="row">
              <span>{describe(m)}</span>
              {editable && (
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => setMultipliers(multipliers.filter((_, j) => j !== i))}
                >
                  {t('remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
        {editable && (
          <fieldset className="stack">
            <legend>{t('kind')}</legend>
            <div className="row">
              {(['quiet_hours', 'category', 'dates'] as const).map((kind) => (
                <label key={kind}>
                  <input
                    type="radio"
                    name="multiplier-kind"
                    checked={draft.kind === kind}
                    onChange={() => setDraft({ ...draft, kind })}
                  />{' '}
                  {t(kind === 'quiet_hours' ? 'quietHours' : kind)}
                </label>
              ))}
            </div>
            <Field
              label={t('factor')}
              inputMode="decimal"
              value={draft.factor}
              onChange={(e) => setDraft({ ...draft, factor: e.target.value })}
            />
            {draft.kind === 'quiet_hours' && (
              <>
                <fieldset className="row">
                  <legend>{t('weekdays')}</legend>
                  {DAYS.map((d) => (
                    <label key={d}>
                      <input
                        type="checkbox"
                        checked={draft.weekdays.includes(d)}
                        onChange={(e) =>
                          setDraft({
                            ...draft,
                            weekdays: e.target.checked
                              ? [...draft.weekdays, d]
                              : draft.weekdays.filter((x) => x !== d),
                          })
                        }
                      />{' '}
                      {t(`d${d}` as 'd1')}
                    </label>
                  ))}
                </fieldset>
                <Field
                  label={t('from')}
                  type="time"
                  value={draft.from}
                  onChange={(e) => setDraft({ ...draft, from: e.target.value })}
                />
                <Field
                  label={t('to')}
                  type="time"
                  value={draft.to}
                  onChange={(e) => setDraft({ ...draft, to: e.target.value })}
                />
              </>
            )}
            {draft.kind === 'category' && (
              <Field
                label={t('categoryName')}
                value={draft.category}
                onChange={(e) => setDraft({ ...draft, category: e.target.value })}
              />
            )}
            {draft.kind === 'dates' && (
              <>
                <Field
                  label={t('startsOn')}
                  type="date"
                  value={draft.startsOn}
                  onChange={(e) => setDraft({ ...draft, startsOn: e.target.value })}
                />
                <Field
                  label={t('endsOn')}
                  type="date"
                  value={draft.endsOn}
                  onChange={(e) => setDraft({ ...draft, endsOn: e.target.value })}
                />
              </>
            )}
            {draftInvalid && (
              <p className="alert error" role="alert">
                {t('invalid')}
              </p>
            )}
            <div>
              <button type="button" className="button secondary" onClick={add}>
                {t('add')}
              </button>
            </div>
          </fieldset>
        )}
        <ProblemAlert error={save.error} />
        {save.data && (
          <p className="alert ok" role="status">
            {t('saved', { version: save.data.version })}
          </p>
        )}
        {editable && (
          <div>
            <button type="submit" className="button" disabled={save.isPending}>
              {t('save')}
            </button>
          </div>
        )}
      </form>
    </section>
  );
}
