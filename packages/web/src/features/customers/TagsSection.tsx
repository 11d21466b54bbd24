import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages } from './messages.ts';

/** Tags to filter customers by; each change replaces the set (PUT), so a retry is harmless. */
export function TagsSection({ customerId }: { customerId: string }) {
  const t = useT(messages);
  const client = useQueryClient();
  const [text, setText] = useState('');
  const tags = useQuery({
    queryKey: ['tags', customerId],
    queryFn: () =>
      call(api.GET('/api/v1/customers/{id}/tags', { params: { path: { id: customerId } } })),
  });
  const save = useMutation({
    mutationFn: (next: string[]) =>
      call(
        api.PUT('/api/v1/customers/{id}/tags', {
          params: { path: { id: customerId } },
          body: { tags: next },
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: (result) => {
      client.setQueryData(['tags', customerId], { tags: result.tags });
      void client.invalidateQueries({ queryKey: ['customer-tags'] });
      setText('');
    },
  });
  const current = tags.data?.tags ?? [];
  const tooLong = text.trim().length > 40 ? t('tagTooLong') : undefined;
  const server = save.error instanceof ApiProblem ? save.error.fieldError('tags') : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const tag = text.trim();
    if (tag && !tooLong && !save.isPending) save.mutate([...current, tag]);
  };
  return (
    <section className="card stack" aria-labelledby="tags-title">
      <h2 id="tags-title">{t('tags')}</h2>
      {current.length === 0 && <p className="muted">{t('noTags')}</p>}
      <ul className="customer-tags">
        {current.map((tag) => (
          <li key={tag}>
            <Link to={`/customers?tag=${encodeURIComponent(tag)}`}>{tag}</Link>
            <button
              type="button"
              aria-label={t('removeTag', { tag })}
              disabled={save.isPending}
              onClick={() => save.mutate(current.filter((x) => x !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form className="row customer-tag-form" onSubmit={submit} noValidate>
        <Field
          label={t('tagLabel')}
          value={text}
          maxLength={60}
          error={tooLong ?? server}
          onChange={(e) => setText(e.target.value)}
        />
        <button className="button" type="submit" disabled={!text.trim() || Boolean(tooLong)}>
          {t('addTag')}
        </button>
      </form>
      {save.error && !server && <ProblemAlert error={save.error} />}
      <ProblemAlert error={tags.error} />
    </section>
  );
}
