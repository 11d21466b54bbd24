import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { base64OfBytes } from './file-content.ts';
import { messages } from './messages.ts';

/** Step 1: the file, sent to the server, which keeps it until the import ends. */
export function UploadStep({ onUploaded }: { onUploaded: (id: string) => void }) {
  const t = useT(messages);
  const [file, setFile] = useState<File | null>(null);
  const limits = useQuery({
    queryKey: ['imports'],
    queryFn: () => call(api.GET('/api/v1/imports', { params: { query: { limit: 1 } } })),
  });
  const upload = useMutation({
    mutationFn: async (chosen: File) => {
      const content = base64OfBytes(new Uint8Array(await chosen.arrayBuffer()));
      return call(api.POST('/api/v1/imports', { body: { fileName: chosen.name, content } }));
    },
    onSuccess: (created) => onUploaded(created.id),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (file) upload.mutate(file);
  };
  const limitMb = limits.data ? Math.round(limits.data.maxFileBytes / 1024 / 1024) : null;
  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="import-file-title">
      <h2 id="import-file-title">{t('stepFile')}</h2>
      <div className="field">
        <label htmlFor="import-file">{t('file')}</label>
        <input
          id="import-file"
          type="file"
          accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          aria-describedby="import-file-hint"
        />
        {limitMb !== null && (
          <span id="import-file-hint" className="hint">
            {t('fileHint', { limit: limitMb })}
          </span>
        )}
      </div>
      <ProblemAlert error={upload.error} />
      <div>
        <button type="submit" className="button" disabled={!file || upload.isPending}>
          {upload.isPending ? t('uploading') : t('upload')}
        </button>
      </div>
    </form>
  );
}
