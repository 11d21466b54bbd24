import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, call, idempotencyKey } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { useFormat, useLang, useLocalized, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { segments as segmentNames } from '../customers/messages.ts';
import { crossSellChoices } from './cross-sell-choices.ts';
import { MERGE_FIELD_NAMES, mergeFieldLabels, messages, months } from './messages.ts';
import { PreviewPanel } from './PreviewPanel.tsx';
import {
  EMPTY_SEGMENT,
  type RfmSegment,
  type SegmentForm,
  segmentFromForm,
} from './segment-form.ts';
import { TEMPLATES } from './templates.ts';
import './campaigns.css';

const RFM = Object.keys(segmentNames.fr) as RfmSegment[];

/** Writing a campaign: template, subject and body with merge fields, segment, control group. */
export function CampaignEditor() {
  const t = useT(messages);
  const rfmName = useT(segmentNames);
  const monthName = useT(months);
  const localized = useLocalized();
  const { lang } = useLang();
  const navigate = useNavigate();
  const client = useQueryClient();
  const body = useRef<HTMLTextAreaElement>(null);
  const [name, setName] = useState('');
  const [subject, setSubject] = useState('');
  const [text, setText] = useState('');
  const [segment, setSegment] = useState<SegmentForm>(EMPTY_SEGMENT);
  const [controlPercent, setControlPercent] = useState('10');
  const [channel, setChannel] = useState<'email' | 'sms'>('email');
  // Whether this server can send texts: its answer, not a guess of the app's.
  const channels = useQuery({
    queryKey: ['campaign-channels'],
    queryFn: () => call(api.GET('/api/v1/campaign-channels')),
  });
  const smsAvailable = channels.data?.sms.available === true;
  const sms = channel === 'sms';
  const tags = useQuery({
    queryKey: ['customer-tags'],
    queryFn: () => call(api.GET('/api/v1/customer-tags')),
  });
  const programs = useQuery({
    queryKey: ['programs', false],
    queryFn: async () =>
      (await call(api.GET('/api/v1/programs', { params: { query: { includeArchived: 'false' } } })))
        .items,
  });
  const can = useCan();
  const format = useFormat();
  // The shop's "bought A, then B" rules: the items a campaign can offer (owners and managers).
  const crossSell = useQuery({
    queryKey: ['cross-sell-rules', 'campaign-picker'],
    queryFn: () => call(api.GET('/api/v1/cross-sell/rules', { params: { query: { limit: 200 } } })),
    enabled: can('analytics:read'),
  });
  const offers = crossSellChoices(crossSell.data?.rules ?? []);
  const ladder = useQuery({
    queryKey: ['tier-ladder'],
    queryFn: () => call(api.GET('/api/v1/tier-ladder')),
  });
  const controlShare =
    Math.min(50, Math.max(0, Number(controlPercent.replace(',', '.')) || 0)) / 100;
  const input = {
    channel,
    segment: segmentFromForm(segment),
    subject,
    body: text,
    controlShare,
  };
  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/campaigns', {
          body: { ...input, name: name.trim() || subject.trim() },
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: async (created) => {
      await client.invalidateQueries({ queryKey: ['campaigns'] });
      navigate(`/campaigns/${created.id}`);
    },
  });
  const applyTemplate = (id: string) => {
    const template = TEMPLATES[lang].find((x) => x.id === id);
    setName(template?.name ?? '');
    setSubject(template?.subject ?? '');
    setText(template?.body ?? '');
  };
  const insert = (field: string) => {
    const area = body.current;
    const token = `{{${field}}}`;
    const at = area?.selectionStart ?? text.length;
    setText(text.slice(0, at) + token + text.slice(area?.selectionEnd ?? at));
    area?.focus();
  };
  const toggle = <K extends 'rfmSegments' | 'tags' | 'programIds' | 'tiers'>(
    key: K,
    value: SegmentForm[K][number],
    on: boolean,
  ) =>
    setSegment({
      ...segment,
      [key]: on ? [...segment[key], value] : (segment[key] as string[]).filter((v) => v !== value),
    });
  const set = (key: keyof SegmentForm) => (e: { target: { value: string } }) =>
    setSegment({ ...segment, [key]: e.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <div className="stack campaigns">
      <p>
        <Link to="/campaigns">{t('back')}</Link>
      </p>
      <h1>{t('editorTitle')}</h1>
      <form className="stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor="template">{t('template')}</label>
          <select id="template" defaultValue="" onChange={(e) => applyTemplate(e.target.value)}>
            <option value="">{t('blank')}</option>
            {TEMPLATES[lang].map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </div>
        <Field
          label={t('name')}
          hint={t('nameHint')}
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
        />
        <fieldset className="checks">
          <legend>{t('channel')}</legend>
          <label className="checkbox">
            <input
              type="radio"
              name="channel"
              checked={!sms}
              onChange={() => setChannel('email')}
            />{' '}
            {t('email')}
          </label>
          <label className={smsAvailable ? 'checkbox' : 'checkbox muted'}>
            <input
              type="radio"
              name="channel"
              checked={sms}
              disabled={!smsAvailable}
              aria-describedby={smsAvailable ? undefined : 'sms-unavailable'}
              onChange={() => setChannel('sms')}
            />{' '}
            {t('sms')}
          </label>
          {channels.data && !smsAvailable && (
            <span id="sms-unavailable" className="hint">
              {t('smsUnavailable')}
            </span>
          )}
        </fieldset>
        <Field
          label={sms ? t('smsTitle') : t('subject')}
          hint={sms ? t('smsTitleHint') : undefined}
          value={subject}
          maxLength={200}
          required
          onChange={(e) => setSubject(e.target.value)}
        />
        <div className="field">
          <label htmlFor="campaign-body">{t('body')}</label>
          <fieldset className="merge-fields">
            <legend className="sr-only">{t('insertField')}</legend>
            {MERGE_FIELD_NAMES.map((field) => (
              <button
                key={field}
                type="button"
                className="button secondary small-button"
                onClick={() => insert(field)}
              >
                + {mergeFieldLabels[lang][field]}
              </button>
            ))}
          </fieldset>
          <textarea
            id="campaign-body"
            ref={body}
            value={text}
            maxLength={20_000}
            required
            aria-describedby="campaign-body-hint"
            onChange={(e) => setText(e.target.value)}
          />
          <span id="campaign-body-hint" className="hint">
            {sms ? t('smsBodyHint') : t('bodyHint')}
          </span>
        </div>
        <fieldset className="stack-tight">
          <legend>{t('segment')}</legend>
          <p className="muted">{t('segmentHint')}</p>
          <fieldset className="checks">
            <legend>{t('rfm')}</legend>
            {RFM.map((s) => (
              <label key={s} className="checkbox">
                <input
                  type="checkbox"
                  checked={segment.rfmSegments.includes(s)}
                  onChange={(e) => toggle('rfmSegments', s, e.target.checked)}
                />{' '}
                {rfmName(s)}
              </label>
            ))}
          </fieldset>
          {(tags.data?.items.length ?? 0) > 0 && (
            <fieldset className="checks">
              <legend>{t('tags')}</legend>
              {tags.data?.items.map(({ tag }) => (
                <label key={tag} className="checkbox">
                  <input
                    type="checkbox"
                    checked={segment.tags.includes(tag)}
                    onChange={(e) => toggle('tags', tag, e.target.checked)}
                  />{' '}
                  {tag}
                </label>
              ))}
            </fieldset>
          )}
          {(programs.data?.length ?? 0) > 1 && (
            <fieldset className="checks">
              <legend>{t('programs')}</legend>
              {programs.data?.map((p) => (
                <label key={p.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={segment.programIds.includes(p.id)}
                    onChange={(e) => toggle('programIds', p.id, e.target.checked)}
                  />{' '}
                  {localized(p.name)}
                </label>
              ))}
            </fieldset>
          )}
          {ladder.data?.ladder && (
            <fieldset className="checks">
              <legend>{t('tiers')}</legend>
              {ladder.data.ladder.levels.map((level) => (
                <label key={level.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={segment.tiers.includes(level.id)}
                    onChange={(e) => toggle('tiers', level.id, e.target.checked)}
                  />{' '}
                  {level.name}
                </label>
              ))}
            </fieldset>
          )}
          <Field
            label={t('pAliveBelow')}
            inputMode="numeric"
            value={segment.pAliveBelowPercent}
            onChange={set('pAliveBelowPercent')}
          />
          <Field
            label={t('lastVisitBefore')}
            type="date"
            value={segment.lastVisitBefore}
            onChange={set('lastVisitBefore')}
          />
          <Field
            label={t('lastVisitAfter')}
            type="date"
            value={segment.lastVisitAfter}
            onChange={set('lastVisitAfter')}
          />
          <Field
            label={t('minSpend')}
            inputMode="decimal"
            value={segment.minSpendEuros}
            onChange={set('minSpendEuros')}
          />
          <div className="field">
            <label htmlFor="birthday-month">{t('birthdayMonth')}</label>
            <select
              id="birthday-month"
              value={segment.birthdayMonth}
              onChange={set('birthdayMonth')}
            >
              <option value="">{t('anyMonth')}</option>
              {Array.from({ length: 12 }, (_, i) => String(i + 1)).map((m) => (
                <option key={m} value={m}>
                  {monthName(m as keyof typeof months.fr)}
                </option>
              ))}
            </select>
          </div>
          {crossSell.data && (
            <div className="field">
              <label htmlFor="cross-sell-item">{t('crossSellItem')}</label>
              {offers.length === 0 ? (
                <p className="muted">{t('crossSellEmpty')}</p>
              ) : (
                <>
                  <select
                    id="cross-sell-item"
                    aria-describedby="cross-sell-hint"
                    value={segment.crossSellItem}
                    onChange={set('crossSellItem')}
                  >
                    <option value="">{t('crossSellNone')}</option>
                    {offers.map((o) => (
                      <option key={o.item} value={o.item}>
                        {t('crossSellOption', {
                          item: o.name,
                          after: o.after
                            .slice(0, 3)
                            .map((a) => a.name)
                            .join(', '),
                          confidence: format.percent(o.after[0]!.confidence),
                        })}
                      </option>
                    ))}
                  </select>
                  <p id="cross-sell-hint" className="muted">
                    {t('crossSellHint')}
                  </p>
                </>
              )}
            </div>
          )}
        </fieldset>
        <Field
          label={t('controlShare')}
          hint={t('controlHint')}
          inputMode="numeric"
          value={controlPercent}
          onChange={(e) => setControlPercent(e.target.value)}
        />
        <PreviewPanel input={input} />
        <div>
          <button className="button" type="submit" disabled={create.isPending}>
            {t('save')}
          </button>
        </div>
        <ProblemAlert error={create.error} />
      </form>
    </div>
  );
}
