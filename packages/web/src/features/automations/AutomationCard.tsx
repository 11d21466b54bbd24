import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, call } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { AutomationEditor } from './AutomationEditor.tsx';
import { AutomationResults } from './AutomationResults.tsx';
import { messages } from './messages.ts';

export type Automation = components['schemas']['Automation'];
type Key = keyof typeof messages.fr;

/** One automation: its switch, who gets it next week, its runs, and its editor and results. */
export function AutomationCard({ automation: a }: { automation: Automation }) {
  const t = useT(messages);
  const format = useFormat();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const nextWeek = useQuery({
    queryKey: ['automation-preview', a.id, a.parameters],
    queryFn: () =>
      call(
        api.GET('/api/v1/automations/{automation}/preview', {
          params: { path: { automation: a.id } },
        }),
      ),
  });
  const toggle = useMutation({
    mutationFn: (enabled: boolean) =>
      call(
        api.PATCH('/api/v1/automations/{automation}', {
          params: { path: { automation: a.id } },
          body: { enabled },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['automations'] }),
  });
  const titleId = `automation-${a.id}`;
  return (
    <section className="card stack-tight automation" aria-labelledby={titleId}>
      <div className="automation-head">
        <h2 id={titleId}>{t(`name.${a.id}` as Key)}</h2>
        <span className={a.enabled ? 'badge badge-on' : 'badge'}>
          {a.enabled ? t('on') : t('off')}
        </span>
        <button
          type="button"
          className={a.enabled ? 'button secondary' : 'button'}
          aria-pressed={a.enabled}
          onClick={() => toggle.mutate(!a.enabled)}
          disabled={toggle.isPending}
        >
          {a.enabled ? t('switchOff') : t('switchOn')}
        </button>
      </div>
      <p>{t(`about.${a.id}` as Key)}</p>
      <p className="muted">{t(a.kind)}</p>
      <ProblemAlert error={toggle.error} />
      {nextWeek.data && (
        <p data-testid="next-week">
          {t('nextWeek', { n: nextWeek.data.count })}
          {nextWeek.data.firstNames.length > 0 &&
            ` (${nextWeek.data.firstNames.join(', ')}${
              nextWeek.data.count > nextWeek.data.firstNames.length ? '…' : ''
            })`}
        </p>
      )}
      <p className="muted">
        {a.lastRun &&
          (a.lastRun.status === 'failed' && a.lastRun.error
            ? t('lastRunFailed', { date: format.dateTime(a.lastRun.at), error: a.lastRun.error })
            : t('lastRun', { date: format.dateTime(a.lastRun.at) }))}{' '}
        {a.nextRunAt && t('nextRun', { date: format.dateTime(a.nextRunAt) })}{' '}
        {t('sent30', { n: a.queuedLast30Days })}
      </p>
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t('edit')}</summary>
        {open && (
          <>
            <AutomationEditor automation={a} />
            <AutomationResults id={a.id} />
          </>
        )}
      </details>
    </section>
  );
}
