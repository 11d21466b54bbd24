import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { ColumnsStep } from './ColumnsStep.tsx';
import { DryRunStep } from './DryRunStep.tsx';
import { messages } from './messages.ts';
import { PreviewStep } from './PreviewStep.tsx';
import { RunStep } from './RunStep.tsx';
import { UploadStep } from './UploadStep.tsx';
import './import.css';

/**
 * Clients → Importer: upload, columns, preview, dry run, import. The import's id is in the
 * address, so a reload (or coming back later) finds it where it is, running or done.
 */
export function ImportPage() {
  const t = useT(messages);
  const [params, setParams] = useSearchParams();
  const id = params.get('id');
  const current = useQuery({
    queryKey: ['import', id],
    queryFn: () => call(api.GET('/api/v1/imports/{id}', { params: { path: { id: id! } } })),
    enabled: id !== null,
    // While it runs on the server, the page follows it.
    refetchInterval: (q) =>
      q.state.data?.status === 'queued' || q.state.data?.status === 'running' ? 1000 : false,
  });
  const editable = current.data?.status === 'uploaded' || current.data?.status === 'refused';
  const mapping = useQuery({
    queryKey: ['import-mapping', id],
    queryFn: () => call(api.GET('/api/v1/imports/{id}/mapping', { params: { path: { id: id! } } })),
    enabled: id !== null && editable,
  });
  const restart = () => setParams({});
  return (
    <div className="stack import-page">
      <p>
        <Link to="/customers">← {t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      {id === null ? (
        <UploadStep onUploaded={(created) => setParams({ id: created })} />
      ) : (
        <>
          <div className="card row import-file">
            <strong>{current.data?.fileName ?? ''}</strong>
            {editable && (
              <button type="button" className="button secondary" onClick={restart}>
                {t('otherFile')}
              </button>
            )}
          </div>
          <ProblemAlert error={current.error ?? mapping.error} />
          {editable && mapping.data && (
            <>
              <ColumnsStep id={id} mapping={mapping.data} />
              {mapping.data.problems.length === 0 && (
                <>
                  <PreviewStep id={id} version={mapping.data} />
                  <DryRunStep id={id} />
                </>
              )}
            </>
          )}
          {current.data && (mapping.data?.problems.length === 0 || !editable) && (
            <RunStep current={current.data} onAnother={restart} />
          )}
        </>
      )}
    </div>
  );
}
