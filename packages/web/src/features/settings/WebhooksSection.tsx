import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { api, call, idempotencyKey } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useFormat, useLang, useT } from '../../i18n/i18n.tsx';
import { ConfirmButtons } from '../../ui/ConfirmButtons.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import {
  eventLabels,
  WEBHOOK_EVENT_TYPES,
  type WebhookEventType,
  webhookMessages,
} from './webhook-messages.ts';
import { isWebUrl } from './webhook-url.ts';

type Webhook = components['schemas']['Webhook'];
type Delivery = components['schemas']['WebhookDelivery'];

/** Webhooks for integrators: add one (URL, events; secret shown once), pause, delete, deliveries. */
export function WebhooksSection() {
  const t = useT(webhookMessages);
  const { lang } = useLang();
  const client = useQueryClient();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>([...WEBHOOK_EVENT_TYPES]);
  const [touched, setTouched] = useState(false);
  const [fresh, setFresh] = useState<{ url: string; secret: string } | null>(null);
  const hooks = useQuery({
    queryKey: ['webhooks'],
    queryFn: async () => (await call(api.GET('/api/v1/webhooks'))).items,
  });
  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/webhooks', {
          body: { url: url.trim(), events },
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: async (created) => {
      setFresh({ url: created.url, secret: created.secret });
      setUrl('');
      setTouched(false);
      void client.invalidateQueries({ queryKey: ['audit-log'] });
      await client.invalidateQueries({ queryKey: ['webhooks'] });
    },
  });
  const urlError = touched && !isWebUrl(url) ? t('urlInvalid') : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (isWebUrl(url) && events.length > 0) create.mutate();
  };
  const toggle = (type: WebhookEventType, on: boolean) =>
    setEvents(on ? [...events, type] : events.filter((e) => e !== type));
  return (
    <section id="webhooks" className="card stack" aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      {fresh && <NewSecret {...fresh} onDone={() => setFresh(null)} />}
      <ProblemAlert error={hooks.error} />
      {hooks.isPending && <p className="muted">{t('loading')}</p>}
      {hooks.data?.length === 0 && <p>{t('none')}</p>}
      <ul className="key-list">
        {hooks.data?.map((hook) => (
          <li key={hook.id}>
            <WebhookRow hook={hook} />
          </li>
        ))}
      </ul>
      <form className="stack" onSubmit={submit} noValidate>
        <Field
          label={t('url')}
          hint={t('urlHint')}
          type="url"
          value={url}
          maxLength={2000}
          autoComplete="off"
          placeholder="https://"
          error={urlError}
          onChange={(e) => {
            setUrl(e.target.value);
            if (create.error) create.reset();
          }}
          onBlur={() => setTouched(true)}
        />
        <fieldset className="stack-tight scopes">
          <legend>{t('events')}</legend>
          {WEBHOOK_EVENT_TYPES.map((type) => (
            <label key={type} className="checkbox">
              <input
                type="checkbox"
                checked={events.includes(type)}
                onChange={(e) => toggle(type, e.target.checked)}
              />{' '}
              {eventLabels[lang][type]} <code>{type}</code>
            </label>
          ))}
          {touched && events.length === 0 && (
            <p className="error" role="alert">
              {t('noEvent')}
            </p>
          )}
        </fieldset>
        <div>
          <button className="button" type="submit" disabled={create.isPending}>
            {t('add')}
          </button>
        </div>
      </form>
      <ProblemAlert error={create.error} />
    </section>
  );
}

function NewSecret({ url, secret, onDone }: { url: string; secret: string; onDone(): void }) {
  const t = useT(webhookMessages);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const box = useRef<HTMLInputElement>(null);
  const copySecret = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      box.current?.select();
      setCopy('failed');
    }
  };
  return (
    <section className="new-key stack-tight" aria-labelledby="new-secret-title">
      <h3 id="new-secret-title">{t('secretTitle', { url })}</h3>
      <p className="alert warn">{t('secretWarning')}</p>
      <input
        ref={box}
        className="key-value"
        readOnly
        value={secret}
        aria-label={t('secretTitle', { url })}
        onFocus={(e) => e.target.select()}
      />
      <div className="row">
        <button type="button" className="button" onClick={copySecret}>
          {copy === 'copied' ? t('copied') : t('copy')}
        </button>
        <button type="button" className="button secondary" onClick={onDone}>
          {t('done')}
        </button>
      </div>
      {copy === 'failed' && (
        <p className="small" role="status">
          {t('copyFailed')}
        </p>
      )}
    </section>
  );
}

function WebhookRow({ hook }: { hook: Webhook }) {
  const t = useT(webhookMessages);
  const { lang } = useLang();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [open, setOpen] = useState(false);
  const refresh = () =>
    client
      .invalidateQueries({ queryKey: ['webhooks'] })
      .then(() => client.invalidateQueries({ queryKey: ['audit-log'] }));
  const setActive = useMutation({
    mutationFn: (active: boolean) =>
      call(
        api.PATCH('/api/v1/webhooks/{id}', {
          params: { path: { id: hook.id } },
          body: { active },
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: () =>
      call(
        api.DELETE('/api/v1/webhooks/{id}', {
          params: { path: { id: hook.id } },
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: refresh,
  });
  return (
    <div className={`key stack-tight${hook.active ? '' : ' revoked'}`}>
      <div className="row spread">
        <strong className="webhook-url">{hook.url}</strong>
        <span className="badge">{hook.active ? t('active') : t('paused')}</span>
      </div>
      <p className="small">{hook.events.map((e) => eventLabels[lang][e]).join(' · ')}</p>
      <div className="row">
        <button
          type="button"
          className="button secondary small-button"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? t('hideDeliveries') : t('showDeliveries')}
        </button>
        <button
          type="button"
          className="button secondary small-button"
          disabled={setActive.isPending}
          onClick={() => setActive.mutate(!hook.active)}
        >
          {hook.active ? t('pause') : t('resume')}
        </button>
        <ConfirmButtons
          small
          confirming={confirming}
          onAsk={() => setConfirming(true)}
          onCancel={() => setConfirming(false)}
          onConfirm={() => remove.mutate()}
          pending={remove.isPending}
          askLabel={t('remove')}
          confirmLabel={t('removeConfirm')}
          cancelLabel={t('cancel')}
          ariaLabel={`${t('remove')} ${hook.url}`}
        />
      </div>
      <ProblemAlert error={setActive.error ?? remove.error} />
      {open && <Deliveries webhookId={hook.id} />}
    </div>
  );
}

function Deliveries({ webhookId }: { webhookId: string }) {
  const t = useT(webhookMessages);
  const deliveries = useQuery({
    queryKey: ['webhooks', webhookId, 'deliveries'],
    queryFn: async () =>
      (
        await call(
          api.GET('/api/v1/webhooks/{id}/deliveries', {
            params: { path: { id: webhookId }, query: { limit: 50 } },
          }),
        )
      ).items,
  });
  return (
    <div className="stack-tight">
      <ProblemAlert error={deliveries.error} />
      {deliveries.isPending && <p className="muted small">{t('loading')}</p>}
      {deliveries.data?.length === 0 && <p className="muted small">{t('noDeliveries')}</p>}
      <ul className="stack-tight webhook-deliveries">
        {deliveries.data?.map((d) => (
          <li key={d.id}>
            <DeliveryRow webhookId={webhookId} delivery={d} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function DeliveryRow({ webhookId, delivery }: { webhookId: string; delivery: Delivery }) {
  const t = useT(webhookMessages);
  const { lang } = useLang();
  const fmt = useFormat();
  const client = useQueryClient();
  const redeliver = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver', {
          params: { path: { id: webhookId, deliveryId: delivery.id } },
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['webhooks', webhookId, 'deliveries'] }),
  });
  const last = delivery.attempts.at(-1);
  const type = delivery.eventType as WebhookEventType;
  return (
    <div className="stack-tight small">
      <div className="row spread">
        <span>
          {eventLabels[lang][type] ?? delivery.eventType} · {fmt.dateTime(delivery.createdAt)}
        </span>
        <span className="badge">{t(delivery.status)}</span>
      </div>
      <p className="muted">
        {t('tries', { count: delivery.attempts.length })}
        {last &&
          ` · ${last.responseStatus === null ? t('noAnswer') : t('answer', { status: last.responseStatus })} · ${t('duration', { ms: last.durationMs })}`}
        {delivery.nextAttemptAt &&
          ` · ${t('nextTry', { date: fmt.dateTime(delivery.nextAttemptAt) })}`}
      </p>
      {last?.error && <p className="error">{last.error}</p>}
      <div>
        <button
          type="button"
          className="button secondary small-button"
          disabled={redeliver.isPending}
          onClick={() => redeliver.mutate()}
        >
          {t('redeliver')}
        </button>
        {redeliver.isSuccess && (
          <span className="small" role="status">
            {' '}
            {t('redelivered')}
          </span>
        )}
      </div>
      <ProblemAlert error={redeliver.error} />
    </div>
  );
}
