import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { MappingMessages } from './MappingMessages.tsx';
import { messages } from './messages.ts';
import type { ImportMapping } from './types.ts';
import { useFieldName } from './use-field-name.ts';

const IGNORE = '';

/** Step 2: each column with examples and the field it is read as (guessed, or chosen). */
export function ColumnsStep({ id, mapping }: { id: string; mapping: ImportMapping }) {
  const t = useT(messages);
  const fieldName = useFieldName(mapping.fields);
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (choice: { column: number; field: string | null }) => {
      // The owner's earlier choices stay; the other columns are guessed again.
      const columns = mapping.columns
        .filter((c) => c.chosen && c.number !== choice.column)
        .map((c) => ({ column: c.number, field: c.field }));
      return call(
        api.PUT('/api/v1/imports/{id}/mapping', {
          params: { path: { id } },
          body: { columns: [...columns, choice] },
        }),
      );
    },
    onSuccess: (next) => {
      queryClient.setQueryData(['import-mapping', id], next);
      void queryClient.invalidateQueries({ queryKey: ['import-preview', id] });
    },
  });
  return (
    <section className="card stack" aria-labelledby="import-columns-title">
      <h2 id="import-columns-title">{t('stepColumns')}</h2>
      <p className="muted">{t('columnsIntro')}</p>
      {mapping.headerRow !== null && mapping.headerRow > 1 && (
        <p className="muted">{t('headerRow', { n: mapping.headerRow })}</p>
      )}
      <ProblemAlert error={change.error} />
      <ul className="import-columns">
        {mapping.columns.map((column) => (
          <li key={column.number} className="import-column">
            <div>
              <strong>{column.header || `${t('column')} ${column.number}`}</strong>
              <div className="muted import-samples">{column.samples.join(' · ')}</div>
            </div>
            <div className="field">
              <label htmlFor={`import-col-${column.number}`} className="sr-only">
                {t('content')} — {column.header}
              </label>
              <select
                id={`import-col-${column.number}`}
                value={column.field ?? IGNORE}
                disabled={change.isPending}
                onChange={(e) =>
                  change.mutate({
                    column: column.number,
                    field: e.target.value === IGNORE ? null : e.target.value,
                  })
                }
              >
                <option value={IGNORE}>{t('ignore')}</option>
                {mapping.fields.map((f) => (
                  <option key={f.field} value={f.field}>
                    {fieldName(f.field)}
                  </option>
                ))}
              </select>
              {column.field !== null && !column.chosen && (
                <span className="hint">{t('guessed')}</span>
              )}
            </div>
          </li>
        ))}
      </ul>
      <MappingMessages
        problems={mapping.problems}
        notices={mapping.notices}
        fieldName={fieldName}
      />
    </section>
  );
}
