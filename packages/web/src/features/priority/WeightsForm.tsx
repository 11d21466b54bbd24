import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, call } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useCan } from '../../auth/session.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages } from './messages.ts';

type Weights = components['schemas']['PriorityWeights'];
export const COMPONENTS = [
  'volume',
  'growth',
  'payment',
  'profitability',
  'relationship',
  'disputes',
] as const satisfies readonly (keyof Weights)[];

/** Sliders for the weights of the criteria; the owner saves them for the shop. */
export function WeightsForm({ weights }: { weights: Weights }) {
  const t = useT(messages);
  const can = useCan();
  const client = useQueryClient();
  const [draft, setDraft] = useState(weights);
  useEffect(() => setDraft(weights), [weights]);
  const save = useMutation({
    mutationFn: (next: Weights | null) =>
      call(api.PUT('/api/v1/priority-weights', { body: { weights: next } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['priority-list'] }),
  });
  const editable = can('merchant:manage');
  return (
    <section className="card stack" aria-labelledby="weights-title">
      <h2 id="weights-title">{t('weights')}</h2>
      <p className="muted small">{editable ? t('weightsIntro') : t('weightsReadOnly')}</p>
      {COMPONENTS.map((component) => (
        <div className="field" key={component}>
          <label htmlFor={`weight-${component}`}>
            {t(component)} · {Math.round(draft[component] * 100)}
          </label>
          <input
            id={`weight-${component}`}
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={draft[component]}
            disabled={!editable}
            onChange={(e) => setDraft({ ...draft, [component]: Number(e.target.value) })}
          />
        </div>
      ))}
      <ProblemAlert error={save.error} />
      {editable && (
        <div className="row">
          <button
            type="button"
            className="button"
            onClick={() => save.mutate(draft)}
            disabled={save.isPending}
          >
            {t('save')}
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() => save.mutate(null)}
            disabled={save.isPending}
          >
            {t('reset')}
          </button>
        </div>
      )}
    </section>
  );
}
