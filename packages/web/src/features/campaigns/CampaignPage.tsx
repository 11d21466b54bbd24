import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ConfirmButtons } from '../../ui/ConfirmButtons.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages } from './messages.ts';
import { PreviewPanel } from './PreviewPanel.tsx';
import { ResultsSection } from './ResultsSection.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import './campaigns.css';

/** One campaign: before sending, its audience, a test and the send; after, its results. */
export function CampaignPage() {
  const t = useT(messages);
  const { id = '' } = useParams();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [testPhone, setTestPhone] = useState('');
  // One key for this page's send: a double click or a retry is the same send.
  const sendKey = useRef(idempotencyKey());
  const campaign = useQuery({
    queryKey: ['campaign', id],
    queryFn: () => call(api.GET('/api/v1/campaigns/{id}', { params: { path: { id } } })),
    refetchInterval: (q) => (q.state.data?.status === 'sending' ? 2_000 : false),
  });
  const preview = useQuery({
    queryKey: ['campaign-count', id],
    enabled: campaign.data?.status === 'draft',
    queryFn: () => {
      const c = campaign.data!;
      return call(
        api.POST('/api/v1/campaigns/preview', {
          body: {
            channel: c.channel,
            segment: c.segment,
            subject: c.subject,
            body: c.body,
            controlShare: c.controlShare,
          },
        }),
      );
    },
  });
  const test = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/campaigns/{id}/test', {
          params: { path: { id } },
          // A text's test goes to the phone typed here: accounts have no phone on record.
          body: campaign.data?.channel === 'sms' ? { phone: testPhone } : {},
        }),
      ),
  });
  const send = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/campaigns/{id}/send', {
          params: { path: { id } },
          headers: { 'Idempotency-Key': sendKey.current },
        }),
      ),
    onSuccess: async () => {
      setConfirming(false);
      await client.invalidateQueries({ queryKey: ['campaign', id] });
      await client.invalidateQueries({ queryKey: ['campaigns'] });
    },
  });
  const navigate = useNavigate();
  const duplicate = useMutation({
    mutationFn: () => {
      const c = campaign.data!;
      return call(
        api.POST('/api/v1/campaigns', {
          body: {
            name: t('copyOf', { name: c.name }).slice(0, 200),
            channel: c.channel,
            segment: c.segment,
            subject: c.subject,
            body: c.body,
            controlShare: c.controlShare,
          },
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      );
    },
    onSuccess: async (copy) => {
      await client.invalidateQueries({ queryKey: ['campaigns'] });
      setConfirming(false);
      navigate(`/campaigns/${copy.id}`);
    },
  });
  const c = campaign.data;
  if (!c) {
    return (
      <div className="stack campaigns">
        <ProblemAlert error={campaign.error} />
        {campaign.isPending && <p className="muted">{t('loading')}</p>}
      </div>
    );
  }
  const recipients = preview.data?.recipients ?? 0;
  const toSend = recipients - (preview.data?.controlEstimate ?? 0);
  return (
    <div className="stack campaigns">
      <p>
        <Link to="/campaigns">{t('back')}</Link>
      </p>
      <h1>
        {c.name} <StatusBadge status={c.status} />
      </h1>
      {c.status === 'draft' ? (
        <>
          <PreviewPanel input={c} />
          {c.channel === 'sms' && (
            <Field
              label={t('testPhone')}
              hint={t('testPhoneHint')}
              type="tel"
              autoComplete="tel"
              value={testPhone}
              onChange={(e) => setTestPhone(e.target.value)}
            />
          )}
          <div className="row">
            <button
              type="button"
              className="button secondary"
              disabled={test.isPending}
              onClick={() => test.mutate()}
            >
              {t('testSend')}
            </button>
            <ConfirmButtons
              confirming={confirming}
              onAsk={() => setConfirming(true)}
              onCancel={() => setConfirming(false)}
              onConfirm={() => send.mutate()}
              pending={send.isPending}
              askLabel={t('send')}
              confirmLabel={t('confirmSend', { n: toSend })}
              cancelLabel={t('cancel')}
            />
          </div>
          {confirming && <p className="alert warn">{t('sendWarning')}</p>}
          {test.data && (
            <p className="alert" role="status">
              {t('testSent', { to: test.data.to })}
            </p>
          )}
          <ProblemAlert error={test.error ?? send.error} />
        </>
      ) : (
        <>
          <ResultsSection id={c.id} sending={c.status === 'sending'} />
          <div>
            <button
              type="button"
              className="button secondary"
              disabled={duplicate.isPending}
              onClick={() => duplicate.mutate()}
            >
              {t('duplicate')}
            </button>
          </div>
          <ProblemAlert error={duplicate.error} />
        </>
      )}
    </div>
  );
}
