import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { useCan } from '../../auth/session.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages } from './messages.ts';

/** On the customer page: put this customer on the follow-up list, saying why. */
export function AddToFollowUp({ customerId }: { customerId: string }) {
  const t = useT(messages);
  const can = useCan();
  const client = useQueryClient();
  const key = useRef(idempotencyKey());
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const add = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/follow-up', {
          body: { customerId, note: note.trim() },
          headers: { 'Idempotency-Key': key.current },
        }),
      ),
    onSuccess: () => {
      key.current = idempotencyKey();
      setNote('');
      setTouched(false);
      void client.invalidateQueries({ queryKey: ['follow-up'] });
    },
    onError: (e) => {
      if (e instanceof ApiProblem && e.status < 500) key.current = idempotencyKey();
    },
  });
  if (!can('customers:write')) return null;
  const missing = note.trim() === '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (missing || add.isPending) return;
    add.mutate();
  };
  return (
    <section className="card stack" aria-labelledby="follow-up-add-title">
      <h2 id="follow-up-add-title">{t('customerSection')}</h2>
      <form className="stack" onSubmit={submit} noValidate>
        <Field
          label={t('addNote')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={touched && missing ? t('noteRequired') : undefined}
        />
        <ProblemAlert error={add.error} />
        {add.isSuccess && (
          <p className="alert ok" role="status">
            {t('added')}
          </p>
        )}
        <button className="button secondary" type="submit" disabled={add.isPending}>
          {t('add')}
        </button>
      </form>
    </section>
  );
}
