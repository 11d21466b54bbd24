import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, call } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages } from './messages.ts';

export type PreviewInput = {
  channel: components['schemas']['CampaignChannel'];
  segment: components['schemas']['CampaignSegment'];
  subject: string;
  body: string;
  controlShare?: number;
};

/** Waits until typing pauses, so the preview is not asked for at every key. */
function useSettled<T>(value: T, ms = 400): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the serialised value is the dependency
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [key, ms]);
  return settled;
}

/** Who the campaign reaches, who the consent rules leave out and why, and the message itself. */
export function PreviewPanel({ input }: { input: PreviewInput }) {
  const t = useT(messages);
  const settled = useSettled(input);
  const ready = settled.subject.trim() !== '' && settled.body.trim() !== '';
  const preview = useQuery({
    queryKey: ['campaign-preview', settled],
    queryFn: () => call(api.POST('/api/v1/campaigns/preview', { body: settled })),
    enabled: ready,
    placeholderData: keepPreviousData,
    retry: false,
  });
  const data = preview.data;
  return (
    <section className="card stack-tight" aria-labelledby="preview-title" aria-live="polite">
      <h2 id="preview-title">{t('preview')}</h2>
      <ProblemAlert error={preview.error} />
      {data && (
        <>
          <p>
            <strong data-testid="recipients">{t('recipients', { n: data.recipients })}</strong>
            {data.controlEstimate > 0 && (
              <> — {t('controlEstimate', { n: data.controlEstimate })}</>
            )}
          </p>
          {data.excluded.no_consent + data.excluded.withdrawn + data.excluded.no_address > 0 && (
            <div>
              <p>{t('excluded')}</p>
              <ul>
                {(['no_consent', 'withdrawn', 'no_address'] as const)
                  .filter((reason) => data.excluded[reason] > 0)
                  .map((reason) => (
                    <li key={reason}>{t(reason, { n: data.excluded[reason] })}</li>
                  ))}
              </ul>
            </div>
          )}
          {data.sms && (
            <div>
              <p data-testid="sms-cost">
                {t('smsCost', {
                  segments: data.sms.segments,
                  units: data.sms.units,
                  single: data.sms.single,
                  perPart: data.sms.perPart,
                })}
              </p>
              {data.sms.encoding === 'ucs2' && <p className="muted">{t('smsUcs2')}</p>}
              {data.sample && <p className="muted">{t('smsCostSample')}</p>}
            </div>
          )}
          {data.sample ? (
            <>
              <p className="muted">{t('previewAs')}</p>
              <div className="sample">
                {settled.channel === 'email' && (
                  <>
                    <strong>{data.sample.subject}</strong>
                    {'\n\n'}
                  </>
                )}
                {data.sample.text}
              </div>
            </>
          ) : (
            <p className="muted">{t('noPreview')}</p>
          )}
        </>
      )}
    </section>
  );
}
