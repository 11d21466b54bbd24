import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages } from './messages.ts';
import { useAcquisitionChannels } from './use-acquisition.ts';

/** The answers to "comment nous avez-vous connus ?": add one, archive or offer one again. */
export function ChannelsSection() {
  const t = useT(messages);
  const can = useCan();
  const client = useQueryClient();
  const channels = useAcquisitionChannels();
  const [label, setLabel] = useState('');
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['acquisition-channels'] });
    void client.invalidateQueries({ queryKey: ['acquisition'] });
  };
  const add = useMutation({
    mutationFn: (text: string) =>
      call(api.POST('/api/v1/acquisition/channels', { body: { label: text } })),
    onSuccess: () => {
      setLabel('');
      refresh();
    },
  });
  const toggle = useMutation({
    mutationFn: (v: { id: string; archived: boolean }) =>
      call(
        api.PATCH('/api/v1/acquisition/channels/{id}', {
          params: { path: { id: v.id } },
          body: { archived: v.archived },
        }),
      ),
    onSuccess: refresh,
  });
  const editable = can('programs:write');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (label.trim()) add.mutate(label.trim());
  };
  const items = channels.data?.items ?? [];
  return (
    <section className="card stack" aria-labelledby="channels-title">
      <h2 id="channels-title">{t('channels')}</h2>
      <p className="muted small">{t('channelsIntro')}</p>
      <ProblemAlert error={channels.error ?? toggle.error} />
      {channels.data && items.length === 0 && <p className="muted">{t('noChannels')}</p>}
      <ul className="stack" aria-label={t('channels')}>
        {items.map((c) => (
          <li key={c.id} className="row">
            <span>
              {c.label} {c.archived && <span className="muted small">({t('archived')})</span>}
            </span>
            {editable && (
              <button
                type="button"
                className="secondary small"
                disabled={toggle.isPending}
                onClick={() => toggle.mutate({ id: c.id, archived: !c.archived })}
              >
                {c.archived ? t('restore') : t('archive')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {editable && (
        <form className="row" onSubmit={submit}>
          <Field label={t('newChannel')} value={label} onChange={(e) => setLabel(e.target.value)} />
          <button type="submit" disabled={add.isPending || !label.trim()}>
            {t('add')}
          </button>
        </form>
      )}
      <ProblemAlert error={add.error} />
    </section>
  );
}
