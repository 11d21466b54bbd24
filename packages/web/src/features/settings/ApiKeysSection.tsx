import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { useFormat, useLang, useT } from '../../i18n/i18n.tsx';
import { ConfirmButtons } from '../../ui/ConfirmButtons.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages } from './messages.ts';
import { type ApiKeyScope, permissionLabels, permissionMessages } from './permission-messages.ts';

type ApiKey = {
  id: string;
  name: string;
  scopes: ApiKeyScope[];
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

/** Keys for till and e-shop integrations: list with their scopes, create (shown once), revoke. */
export function ApiKeysSection() {
  const t = useT(messages);
  const tp = useT(permissionMessages);
  const { lang } = useLang();
  const client = useQueryClient();
  const [name, setName] = useState('');
  // The scopes on offer and the default ones come from the server's permission table.
  const matrix = useQuery({
    queryKey: ['permissions'],
    queryFn: () => call(api.GET('/api/v1/permissions')),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const [chosen, setChosen] = useState<ApiKeyScope[] | null>(null);
  const scopes = chosen ?? matrix.data?.defaultApiKeyScopes ?? [];
  const [touched, setTouched] = useState(false);
  const [fresh, setFresh] = useState<{ name: string; secret: string } | null>(null);
  const keys = useQuery({
    queryKey: ['api-keys'],
    queryFn: async () => (await call(api.GET('/api/v1/api-keys'))).items as ApiKey[],
  });
  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/api-keys', {
          body: { name: name.trim(), scopes },
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: async (created) => {
      void client.invalidateQueries({ queryKey: ['audit-log'] });
      setFresh({ name: created.name, secret: created.key });
      setName('');
      setChosen(null);
      setTouched(false);
      await client.invalidateQueries({ queryKey: ['api-keys'] });
    },
  });
  const nameError =
    touched && !name.trim() ? t('required') : name.trim().length > 80 ? t('tooLong') : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (name.trim() && name.trim().length <= 80 && scopes.length > 0) create.mutate();
  };
  const toggle = (scope: ApiKeyScope, on: boolean) =>
    setChosen(on ? [...scopes, scope] : scopes.filter((s) => s !== scope));
  return (
    <section id="api-keys" className="card stack" aria-labelledby="keys-title">
      <h2 id="keys-title">{t('apiKeys')}</h2>
      <p className="muted">{t('apiKeysIntro')}</p>
      {fresh && <NewKey name={fresh.name} secret={fresh.secret} onDone={() => setFresh(null)} />}
      <ProblemAlert error={keys.error} />
      {keys.isPending && <p className="muted">{t('loading')}</p>}
      {keys.data?.length === 0 && <p>{t('noKeys')}</p>}
      <ul className="key-list">
        {keys.data?.map((k) => (
          <li key={k.id}>
            <KeyRow apiKey={k} />
          </li>
        ))}
      </ul>
      <form className="stack" onSubmit={submit} noValidate>
        <Field
          label={t('keyName')}
          hint={t('keyNameHint')}
          value={name}
          maxLength={80}
          autoComplete="off"
          error={nameError}
          onChange={(e) => {
            setName(e.target.value);
            setTouched(true);
            if (create.error) create.reset();
          }}
        />
        <fieldset className="stack-tight scopes">
          <legend>{tp('scopes')}</legend>
          <p className="small muted">{tp('scopesHint')}</p>
          <ProblemAlert error={matrix.error} />
          {matrix.data?.apiKeyScopes.map((scope) => (
            <label key={scope} className="checkbox">
              <input
                type="checkbox"
                checked={scopes.includes(scope)}
                onChange={(e) => toggle(scope, e.target.checked)}
              />{' '}
              {permissionLabels[lang][scope]} <code>{scope}</code>
            </label>
          ))}
          {touched && scopes.length === 0 && (
            <p className="error" role="alert">
              {tp('noScopeChosen')}
            </p>
          )}
        </fieldset>
        <div>
          <button className="button" type="submit" disabled={create.isPending}>
            {t('createKey')}
          </button>
        </div>
      </form>
      <ProblemAlert error={create.error} />
    </section>
  );
}

function NewKey({ name, secret, onDone }: { name: string; secret: string; onDone(): void }) {
  const t = useT(messages);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const box = useRef<HTMLInputElement>(null);
  const copyKey = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      box.current?.select();
      setCopy('failed');
    }
  };
  return (
    <section className="new-key stack-tight" aria-labelledby="new-key-title">
      <h3 id="new-key-title">{t('newKeyTitle', { name })}</h3>
      <p className="alert warn">{t('newKeyWarning')}</p>
      <input
        ref={box}
        className="key-value"
        readOnly
        value={secret}
        aria-label={t('newKeyTitle', { name })}
        onFocus={(e) => e.target.select()}
      />
      <div className="row">
        <button type="button" className="button" onClick={copyKey}>
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
      {copy === 'copied' && (
        <span className="sr-only" role="status">
          {t('copied')}
        </span>
      )}
    </section>
  );
}

function KeyRow({ apiKey }: { apiKey: ApiKey }) {
  const t = useT(messages);
  const tp = useT(permissionMessages);
  const { lang } = useLang();
  const fmt = useFormat();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const revoke = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/api-keys/{id}/revoke', {
          params: { path: { id: apiKey.id } },
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: () =>
      client
        .invalidateQueries({ queryKey: ['api-keys'] })
        .then(() => client.invalidateQueries({ queryKey: ['audit-log'] })),
  });
  return (
    <div className={`key stack-tight${apiKey.revokedAt ? ' revoked' : ''}`}>
      <div className="row spread">
        <span>
          <strong>{apiKey.name}</strong> <code>hab_{apiKey.prefix}_…</code>
        </span>
        <span className="badge">
          {apiKey.revokedAt ? t('revoked', { date: fmt.date(apiKey.revokedAt) }) : t('active')}
        </span>
      </div>
      <p className="small muted">
        {t('created')} {fmt.date(apiKey.createdAt)} · {t('lastUsed')}{' '}
        {apiKey.lastUsedAt ? fmt.dateTime(apiKey.lastUsedAt) : t('never')}
      </p>
      <p className="small">
        <span className="muted">{tp('scopes')} : </span>
        {apiKey.scopes.length === 0
          ? tp('scopesNone')
          : apiKey.scopes.map((s) => permissionLabels[lang][s]).join(' · ')}
      </p>
      {!apiKey.revokedAt && (
        <div className="row">
          <ConfirmButtons
            confirming={confirming}
            onAsk={() => setConfirming(true)}
            onCancel={() => setConfirming(false)}
            onConfirm={() => revoke.mutate()}
            pending={revoke.isPending}
            askLabel={t('revoke')}
            confirmLabel={t('revokeConfirm')}
            cancelLabel={t('cancel')}
            ariaLabel={`${t('revoke')} ${apiKey.name}`}
          />
        </div>
      )}
      <ProblemAlert error={revoke.error} />
    </div>
  );
}
