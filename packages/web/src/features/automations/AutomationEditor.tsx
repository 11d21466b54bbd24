import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import type { Automation } from './AutomationCard.tsx';
import { messages } from './messages.ts';
import { parameterValue, shareFromPercent } from './parameter-input.ts';

type Key = keyof typeof messages.fr;

/** The wording (with a preview as a customer would read it), the parameters and the control share. */
export function AutomationEditor({ automation: a }: { automation: Automation }) {
  const t = useT(messages);
  const client = useQueryClient();
  const [subject, setSubject] = useState(a.subject);
  const [body, setBody] = useState(a.body);
  const [params, setParams] = useState<Record<string, string | boolean>>(() =>
    Object.fromEntries(
      Object.entries(a.parameters).map(([k, v]) => [k, typeof v === 'boolean' ? v : String(v)]),
    ),
  );
  const [control, setControl] = useState(String(Math.round(a.controlShare * 1000) / 10));
  const preview = useQuery({
    queryKey: ['automation-preview', a.id, 'wording', subject, body],
    queryFn: () =>
      call(
        api.GET('/api/v1/automations/{automation}/preview', {
          params: { path: { automation: a.id }, query: { subject, body } },
        }),
      ),
  });
  const save = useMutation({
    mutationFn: (reset: boolean) =>
      call(
        api.PATCH('/api/v1/automations/{automation}', {
          params: { path: { automation: a.id } },
          body: {
            subject: reset ? null : subject,
            body: reset ? null : body,
            parameters: Object.fromEntries(
              Object.entries(params).map(([k, v]) => [k, parameterValue(a.parameters[k], v)]),
            ),
            ...(shareFromPercent(control) === undefined
              ? {}
              : { controlShare: shareFromPercent(control) }),
          },
        }),
      ),
    onSuccess: (saved) => {
      setSubject(saved.subject);
      setBody(saved.body);
      client.invalidateQueries({ queryKey: ['automations'] });
    },
  });
  const id = (field: string) => `automation-${a.id}-${field}`;
  return (
    <form
      className="stack-tight automation-editor"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(false);
      }}
    >
      <label htmlFor={id('subject')}>{t('subject')}</label>
      <input id={id('subject')} value={subject} onChange={(e) => setSubject(e.target.value)} />
      <label htmlFor={id('body')}>{t('body')}</label>
      <textarea id={id('body')} rows={7} value={body} onChange={(e) => setBody(e.target.value)} />
      <p className="muted">
        {t('fieldsHint', { fields: a.mergeFields.map((f) => `{{${f}}}`).join(' ') })}
      </p>
      {Object.entries(params).map(([name, value]) => (
        <div key={name} className="automation-param">
          {typeof value === 'boolean' ? (
            <label>
              <input
                type="checkbox"
                checked={value}
                onChange={(e) => setParams({ ...params, [name]: e.target.checked })}
              />{' '}
              {t(`param.${name}` as Key)}
            </label>
          ) : (
            <>
              <label htmlFor={id(name)}>{t(`param.${name}` as Key)}</label>
              <input
                id={id(name)}
                value={value}
                inputMode={typeof a.parameters[name] === 'number' ? 'decimal' : 'text'}
                onChange={(e) => setParams({ ...params, [name]: e.target.value })}
              />
            </>
          )}
        </div>
      ))}
      <label htmlFor={id('control')}>{t('controlShare')}</label>
      <input
        id={id('control')}
        value={control}
        inputMode="decimal"
        onChange={(e) => setControl(e.target.value)}
      />
      <p className="muted">{t('controlHint')}</p>
      <ProblemAlert error={save.error} />
      {save.isSuccess && <p role="status">{t('saved')}</p>}
      <div className="row">
        <button className="button" type="submit" disabled={save.isPending}>
          {t('save')}
        </button>
        {a.customWording && (
          <button type="button" className="button secondary" onClick={() => save.mutate(true)}>
            {t('resetWording')}
          </button>
        )}
      </div>
      <h3>{t('preview')}</h3>
      <ProblemAlert error={preview.error} />
      {preview.data &&
        (preview.data.sample ? (
          <div className="automation-preview" data-testid="automation-preview">
            <p>
              <strong>{preview.data.sample.subject}</strong>
            </p>
            <pre>{preview.data.sample.text}</pre>
          </div>
        ) : (
          <p className="muted">{t('previewNobody')}</p>
        ))}
    </form>
  );
}
