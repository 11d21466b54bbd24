import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages } from './messages.ts';
import { TextArea } from './TextArea.tsx';

/** What the team knows about the customer, newest first; anyone at the counter may add. */
export function NotesSection({ customerId }: { customerId: string }) {
  const t = useT(messages);
  const format = useFormat();
  const client = useQueryClient();
  const [body, setBody] = useState('');
  const key = useRef(idempotencyKey());
  const notes = useQuery({
    queryKey: ['notes', customerId],
    queryFn: () =>
      call(
        api.GET('/api/v1/customers/{id}/notes', {
          params: { path: { id: customerId }, query: { limit: 50 } },
        }),
      ),
  });
  const add = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/customers/{id}/notes', {
          params: { path: { id: customerId } },
          body: { body },
          headers: { 'Idempotency-Key': key.current },
        }),
      ),
    onSuccess: () => {
      key.current = idempotencyKey();
      setBody('');
      void client.invalidateQueries({ queryKey: ['notes', customerId] });
    },
    onError: (e) => {
      if (e instanceof ApiProblem && e.status < 500) key.current = idempotencyKey();
    },
  });
  const tooLong = body.length > 2000 ? t('noteTooLong') : undefined;
  const server = add.error instanceof ApiProblem ? add.error.fieldError('body') : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (body.trim() && !tooLong && !add.isPending) add.mutate();
  };
  return (
    <section className="card stack" aria-labelledby="notes-title">
      <h2 id="notes-title">{t('notes')}</h2>
      <form className="stack" onSubmit={submit} noValidate>
        <TextArea
          label={t('noteLabel')}
          placeholder={t('notePlaceholder')}
          rows={3}
          value={body}
          error={tooLong ?? server}
          onChange={(e) => setBody(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) submit(e);
          }}
        />
        {add.error && !server && <ProblemAlert error={add.error} />}
        <div>
          <button
            className="button"
            type="submit"
            disabled={!body.trim() || Boolean(tooLong) || add.isPending}
          >
            {t('addNote')}
          </button>
        </div>
      </form>
      <ProblemAlert error={notes.error} />
      {notes.data?.items.length === 0 && <p className="muted">{t('noNotes')}</p>}
      <ul className="customer-notes">
        {notes.data?.items.map((n) => (
          <li key={n.id}>
            <p>{n.body}</p>
            <span className="muted small">
              {format.dateTime(n.createdAt)}
              {n.authorName ? ` · ${t('by', { who: n.authorName })}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
