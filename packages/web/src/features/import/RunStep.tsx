import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, call } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { progressOf } from './file-content.ts';
import { messages } from './messages.ts';
import { ReportView } from './ReportView.tsx';
import type { Import } from './types.ts';

type StepKey =
  | 'step_reading'
  | 'step_customers'
  | 'step_purchases'
  | 'step_refunds'
  | 'step_balances';

/** Step 5: the import on the server's job runner, its progress, and its summary at the end. */
export function RunStep({ current, onAnother }: { current: Import; onAnother: () => void }) {
  const t = useT(messages);
  const queryClient = useQueryClient();
  const problems = (current.report?.rowProblemCount ?? 0) > 0;
  const [validRowsOnly, setValidRowsOnly] = useState(false);
  const start = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/imports/{id}/run', {
          params: { path: { id: current.id } },
          body: { validRowsOnly },
        }),
      ),
    onSuccess: (next) => queryClient.setQueryData(['import', current.id], next),
  });
  const { status, step, report } = current;
  const { n, total } = progressOf(step);
  return (
    <section className="card stack" aria-labelledby="import-run-title">
      <h2 id="import-run-title">{t('stepImport')}</h2>
      {(status === 'uploaded' || status === 'refused') && (
        <>
          {status === 'refused' && report && (
            <div className="alert error" role="alert">
              {t('refused')} {report.outcome === 'row-problems' ? t('refusedRows') : ''}
            </div>
          )}
          {problems && (
            <label className="row">
              <input
                type="checkbox"
                checked={validRowsOnly}
                onChange={(e) => setValidRowsOnly(e.target.checked)}
              />
              {t('validRowsOnly')}
            </label>
          )}
          <div>
            <button
              type="button"
              className="button"
              disabled={start.isPending}
              onClick={() => start.mutate()}
            >
              {start.isPending ? t('starting') : t('start')}
            </button>
          </div>
          <ProblemAlert error={start.error} />
        </>
      )}
      {status === 'queued' && <p aria-live="polite">{t('queued')}</p>}
      {status === 'running' && (
        <div aria-live="polite" className="stack">
          <progress max={total} value={n - 1} />
          <p>{t('running', { step: t(`step_${step ?? 'reading'}` as StepKey), n, total })}</p>
        </div>
      )}
      {status === 'failed' && (
        <div className="alert error" role="alert">
          {t('failed')}
        </div>
      )}
      {status === 'imported' && report && (
        <>
          <div className="alert ok" role="status">
            {t('imported')}
          </div>
          <ReportView id={current.id} report={report} />
          <div className="row">
            <Link className="button" to="/customers">
              {t('seeCustomers')}
            </Link>
            <button type="button" className="button secondary" onClick={onAnother}>
              {t('another')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
