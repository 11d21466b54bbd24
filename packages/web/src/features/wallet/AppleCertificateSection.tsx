import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, call } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SaveRow, serverFieldError } from '../settings/SaveRow.tsx';
import { certificateFile, expiresSoon } from './certificate-file.ts';
import { appleCertificateMessages as messages } from './messages.ts';

type View = components['schemas']['ShopAppleCertificate'];
type Upload = components['schemas']['ShopAppleCertificateUpload'];

const KEY = ['apple-wallet-certificate'];

/** Réglages → Apple Wallet: the owner's own Pass Type ID certificate, its subject and expiry. */
export function AppleCertificateSection() {
  const t = useT(messages);
  const view = useQuery({
    queryKey: KEY,
    queryFn: () => call(api.GET('/api/v1/apple-wallet-certificate')),
  });
  return (
    <section id="apple-wallet" className="card stack" aria-labelledby="apple-wallet-title">
      <h2 id="apple-wallet-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <ProblemAlert error={view.error} />
      {view.data && <CertificateState view={view.data} />}
      {view.data && <CertificateForm view={view.data} />}
    </section>
  );
}

function CertificateState({ view }: { view: View }) {
  const t = useT(messages);
  const format = useFormat();
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: () => call(api.DELETE('/api/v1/apple-wallet-certificate')),
    onSuccess: (next) => client.setQueryData(KEY, next),
  });
  if (!view.own) {
    return (
      <p>
        {view.serverPassTypeIdentifier
          ? t('usingServer', { passTypeId: view.serverPassTypeIdentifier })
          : t('noServer')}
        {remove.isSuccess && (
          <span role="status" className="small">
            {' '}
            {t('removed')}
          </span>
        )}
      </p>
    );
  }
  return (
    <div className="stack">
      <p>{t('own')}</p>
      <dl className="facts">
        <dt>{t('subject')}</dt>
        <dd>{view.own.subject}</dd>
        <dt>{t('passTypeId')}</dt>
        <dd>{view.own.passTypeIdentifier}</dd>
        <dt>{t('teamId')}</dt>
        <dd>{view.own.teamIdentifier}</dd>
        <dt>{t('expires')}</dt>
        <dd>{format.date(view.own.expiresAt)}</dd>
      </dl>
      {expiresSoon(view.own.expiresAt, new Date()) && (
        <p className="alert warn">{t('expiresSoon')}</p>
      )}
      <ProblemAlert error={remove.error} />
      <div>
        <button
          type="button"
          className="button secondary"
          disabled={remove.isPending}
          onClick={() => remove.mutate()}
        >
          {t('remove')}
        </button>
      </div>
    </div>
  );
}

function CertificateForm({ view }: { view: View }) {
  const t = useT(messages);
  const client = useQueryClient();
  const [passTypeId, setPassTypeId] = useState(view.own?.passTypeIdentifier ?? '');
  const [teamId, setTeamId] = useState(view.own?.teamIdentifier ?? '');
  const [certificate, setCertificate] = useState<File | null>(null);
  const [key, setKey] = useState<File | null>(null);
  const [wwdr, setWwdr] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [saved, setSaved] = useState(false);
  const [missingFile, setMissingFile] = useState(false);
  const save = useMutation({
    mutationFn: async (body: Upload) => call(api.PUT('/api/v1/apple-wallet-certificate', { body })),
    onSuccess: (next) => {
      client.setQueryData(KEY, next);
      setSaved(true);
      setPassword('');
    },
  });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    setMissingFile(!certificate);
    if (!certificate) return;
    const read = async (file: File) => certificateFile(new Uint8Array(await file.arrayBuffer()));
    const chosen = await read(certificate);
    const pem = async (file: File | null) => {
      const content = file ? await read(file) : null;
      return content?.kind === 'pem' ? content.text : undefined;
    };
    save.mutate({
      passTypeIdentifier: passTypeId.trim(),
      teamIdentifier: teamId.trim().toUpperCase(),
      ...(chosen.kind === 'pem'
        ? { certificate: chosen.text, key: (await pem(key)) ?? '' }
        : { p12: chosen.base64 }),
      ...(password ? { password } : {}),
      ...(wwdr ? { wwdr: (await pem(wwdr)) ?? '' } : {}),
    });
  };
  const server = (field: string) => serverFieldError(save.error, field);
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <h3>{view.own ? t('replace') : t('upload')}</h3>
      <div className="row">
        <Field
          label={t('passTypeId')}
          hint={t('passTypeIdHint')}
          value={passTypeId}
          onChange={(e) => setPassTypeId(e.target.value)}
          error={server('passTypeIdentifier')}
          autoComplete="off"
        />
        <Field
          label={t('teamId')}
          hint={t('teamIdHint')}
          value={teamId}
          onChange={(e) => setTeamId(e.target.value)}
          error={server('teamIdentifier')}
          autoComplete="off"
        />
      </div>
      <Field
        label={t('certificate')}
        hint={t('certificateHint')}
        type="file"
        accept=".p12,.pfx,.pem,.crt,.cer"
        onChange={(e) => setCertificate(e.target.files?.[0] ?? null)}
        error={missingFile ? t('chooseFile') : (server('certificate') ?? server('p12'))}
      />
      <Field
        label={t('key')}
        hint={t('keyHint')}
        type="file"
        accept=".pem,.key"
        onChange={(e) => setKey(e.target.files?.[0] ?? null)}
        error={server('key')}
      />
      <Field
        label={t('password')}
        hint={t('passwordHint')}
        type="password"
        autoComplete="off"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={server('password')}
      />
      <Field
        label={t('wwdr')}
        hint={view.serverPassTypeIdentifier ? t('wwdrHint') : t('wwdrRequiredHint')}
        type="file"
        accept=".pem,.crt,.cer"
        onChange={(e) => setWwdr(e.target.files?.[0] ?? null)}
        error={server('wwdr')}
      />
      <SaveRow
        error={save.error}
        pending={save.isPending}
        saved={saved}
        saveLabel={t('save')}
        savedLabel={t('saved')}
      />
    </form>
  );
}
