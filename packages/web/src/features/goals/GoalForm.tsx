import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import type { components } from '../../api/schema.d.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SelectField } from '../programs/controls.tsx';
import { addDays, type TargetKind, targetFromText, targetToText } from './goal-form.ts';
import { messages } from './messages.ts';
import { useGoalValue } from './use-goal-value.ts';

type Goals = components['schemas']['Goals'];
type Metric = components['schemas']['GoalMetric'];
const GOALS_KEY = ['goals'];

const TEMPLATE_LABELS = {
  frequency: 'templateFrequency',
  member_basket: 'templateMemberBasket',
  churn: 'templateChurn',
  subscribers: 'templateSubscribers',
} as const;

/** Sets a new goal, from scratch or from one of the seed's four templates. */
export function GoalForm(props: {
  today: string;
  metrics: Goals['metrics'];
  templates: Goals['templates'];
}) {
  const t = useT(messages);
  const value = useGoalValue();
  const client = useQueryClient();
  const [metric, setMetric] = useState<Metric>('purchase_frequency');
  const [segmentKind, setSegmentKind] = useState<'members' | 'tag'>('members');
  const [tag, setTag] = useState('');
  const [kind, setKind] = useState<TargetKind>('value');
  const [amount, setAmount] = useState('');
  const [deadline, setDeadline] = useState(addDays(props.today, 90));
  const [name, setName] = useState('');
  const [template, setTemplate] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  const key = useRef(idempotencyKey());
  const unit = props.metrics.find((m) => m.metric === metric)?.unit ?? 'count';
  const current = props.metrics.find((m) => m.metric === metric)?.current ?? null;
  const target = targetFromText(kind, amount, unit);
  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/goals', {
          body: {
            name: name.trim() || null,
            metric,
            ...(metric === 'segment_revenue'
              ? { segment: segmentKind === 'tag' ? { kind: 'tag', tag } : { kind: 'members' } }
              : {}),
            target: target!,
            deadline,
            template,
          },
          headers: { 'Idempotency-Key': key.current },
        }),
      ),
    onSuccess: () => {
      key.current = idempotencyKey();
      setAmount('');
      setName('');
      setTemplate(null);
      setTouched(false);
      void client.invalidateQueries({ queryKey: GOALS_KEY });
    },
    onError: (e) => {
      if (e instanceof ApiProblem && e.status < 500) key.current = idempotencyKey();
    },
  });
  const server = (field: string) =>
    create.error instanceof ApiProblem ? create.error.fieldError(field) : undefined;
  const applyTemplate = (id: string) => {
    const found = props.templates.find((x) => x.id === id);
    if (!found) return;
    const templateUnit = props.metrics.find((m) => m.metric === found.metric)?.unit ?? 'count';
    setMetric(found.metric);
    setKind(found.target.kind);
    setAmount(targetToText(found.target, templateUnit));
    setDeadline(addDays(props.today, found.days));
    setName(t(TEMPLATE_LABELS[id as keyof typeof TEMPLATE_LABELS] ?? 'newGoal'));
    setTemplate(id);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!target || create.isPending) return;
    create.mutate();
  };
  return (
    <section className="card stack" aria-labelledby="new-goal-title">
      <h2 id="new-goal-title">{t('newGoal')}</h2>
      <div className="stack">
        <h3>{t('templates')}</h3>
        <div className="row wrap">
          {props.templates.map((x) => (
            <button
              key={x.id}
              type="button"
              className="button secondary"
              onClick={() => applyTemplate(x.id)}
            >
              {t(TEMPLATE_LABELS[x.id as keyof typeof TEMPLATE_LABELS] ?? 'newGoal')}
            </button>
          ))}
        </div>
      </div>
      <form className="stack" onSubmit={submit} noValidate aria-label={t('newGoal')}>
        <SelectField
          label={t('metric')}
          value={metric}
          onChange={(e) => {
            setMetric(e.target.value as Metric);
            setTemplate(null);
          }}
          options={props.metrics.map((m) => ({ value: m.metric, label: t(`metric_${m.metric}`) }))}
          hint={
            metric === 'segment_revenue'
              ? undefined
              : current === null
                ? t('todayUnknown')
                : t('today', { value: value(unit, current) })
          }
        />
        {metric === 'segment_revenue' && (
          <div className="row wrap">
            <SelectField
              label={t('segment')}
              value={segmentKind}
              onChange={(e) => setSegmentKind(e.target.value as 'members' | 'tag')}
              options={[
                { value: 'members', label: t('segmentMembers') },
                { value: 'tag', label: t('segmentTag') },
              ]}
              error={server('segment')}
            />
            {segmentKind === 'tag' && (
              <Field label={t('tag')} value={tag} onChange={(e) => setTag(e.target.value)} />
            )}
          </div>
        )}
        <div className="row wrap">
          <SelectField
            label={t('targetKind')}
            value={kind}
            onChange={(e) => setKind(e.target.value as TargetKind)}
            options={[
              { value: 'value', label: t('kindValue') },
              { value: 'percent_change', label: t('kindPercent') },
              { value: 'change', label: t('kindChange') },
            ]}
          />
          <Field
            label={t('amount')}
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            hint={kind === 'value' ? undefined : t('amountHint')}
            error={touched && !target ? t('invalidAmount') : server('target')}
          />
          <Field
            label={t('deadline')}
            type="date"
            value={deadline}
            min={addDays(props.today, 1)}
            onChange={(e) => setDeadline(e.target.value)}
            error={server('deadline')}
          />
        </div>
        <Field
          label={t('name')}
          value={name}
          maxLength={120}
          onChange={(e) => setName(e.target.value)}
          error={server('name')}
        />
        <ProblemAlert error={create.error} />
        <div>
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? t('creating') : t('create')}
          </button>
        </div>
      </form>
    </section>
  );
}
