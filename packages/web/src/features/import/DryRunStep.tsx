import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages } from './messages.ts';
import { ReportView } from './ReportView.tsx';

/** Step 4: the whole import done and undone, with its row-level report. */
export function DryRunStep({ id }: { id: string }) {
  const t = useT(messages);
  const queryClient = useQueryClient();
  const dryRun = useMutation({
    mutationFn: () => call(api.POST('/api/v1/imports/{id}/dry-run', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['import', id] }),
  });
  return (
    <section className="card stack" aria-labelledby="import-dry-run-title">
      <h2 id="import-dry-run-title">{t('stepDryRun')}</h2>
      <p className="muted">{t('dryRunIntro')}</p>
      <div>
        <button
          type="button"
          className="button secondary"
          disabled={dryRun.isPending}
          onClick={() => dryRun.mutate()}
        >
          {dryRun.isPending ? t('dryRunning') : t('dryRun')}
        </button>
      </div>
      <ProblemAlert error={dryRun.error} />
      {dryRun.data && <ReportView id={id} report={dryRun.data} />}
    </section>
  );
}
