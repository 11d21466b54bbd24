import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { api, call, idempotencyKey } from '../../api/client.ts';
import type { Me } from '../../auth/session.tsx';
import { useLang, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { contrastRatio, DEFAULT_BRAND } from '../card/brand.ts';
import { SelectField } from '../programs/controls.tsx';
import { hasFieldErrors, serverField } from '../programs/server-fields.ts';
import { messages } from './messages.ts';
import { timeZoneChoices } from './time-zones.ts';

type Merchant = Me['merchant'];
const CURRENCIES = ['EUR', 'CHF', 'GBP', 'USD', 'CAD', 'XPF', 'XOF', 'MAD'];
const COLOR = /^#[0-9a-fA-F]{6}$/;

/** Name, time zone, currency, customers' language and brand colour (PATCH /api/v1/merchant). */
export function BusinessSection({ merchant }: { merchant: Merchant }) {
  const t = useT(messages);
  const { lang } = useLang();
  const client = useQueryClient();
  const [name, setName] = useState(merchant.name);
  const [timeZone, setTimeZone] = useState(merchant.timeZone);
  const [currency, setCurrency] = useState(merchant.currency);
  const [locale, setLocale] = useState<'fr' | 'en'>(merchant.locale);
  const [color, setColor] = useState(merchant.brandColor ?? '');
  const [done, setDone] = useState(false);

  const zones = useMemo(
    () => timeZoneChoices(lang, Intl.supportedValuesOf('timeZone'), merchant.timeZone, new Date()),
    [lang, merchant.timeZone],
  );
  const zoneId = useId();
  const currencyNames = useMemo(() => new Intl.DisplayNames([lang], { type: 'currency' }), [lang]);
  const currencies = CURRENCIES.includes(merchant.currency)
    ? CURRENCIES
    : [merchant.currency, ...CURRENCIES];

  const errors = {
    name: !name.trim() ? t('required') : name.trim().length > 120 ? t('tooLong') : undefined,
    color: color.trim() && !COLOR.test(color.trim()) ? t('brandColorInvalid') : undefined,
  };
  const save = useMutation({
    mutationFn: () => {
      const changes = {
        ...(name.trim() !== merchant.name ? { name: name.trim() } : {}),
        ...(timeZone !== merchant.timeZone ? { timeZone } : {}),
        ...(currency !== merchant.currency ? { currency } : {}),
        ...(locale !== merchant.locale ? { locale } : {}),
        ...((color.trim() || null) !== merchant.brandColor
          ? { brandColor: color.trim() || null }
          : {}),
      };
      return call(
        api.PATCH('/api/v1/merchant', {
          body: changes,
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      );
    },
    onSuccess: (saved) => {
      void client.invalidateQueries({ queryKey: ['audit-log'] });
      client.setQueryData(['me'], (me: Me | null | undefined) =>
        me ? { ...me, merchant: saved } : me,
      );
      setDone(true);
    },
  });
  const server = (field: string) => serverField(save.error, [field])?.message;
  const touch = () => {
    setDone(false);
    if (save.error) save.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!errors.name && !errors.color) save.mutate();
  };
  return (
    <section id="business" className="card stack" aria-labelledby="business-title">
      <h2 id="business-title">{t('business')}</h2>
      <form className="stack" onSubmit={submit} noValidate>
        <Field
          label={t('name')}
          value={name}
          maxLength={120}
          error={errors.name ?? server('name')}
          onChange={(e) => {
            setName(e.target.value);
            touch();
          }}
        />
        <div className="settings-cols">
          <div className="field">
            <label htmlFor={zoneId}>{t('timeZone')}</label>
            <select
              id={zoneId}
              value={timeZone}
              aria-describedby={`${zoneId}-hint${server('timeZone') ? ` ${zoneId}-error` : ''}`}
              aria-invalid={server('timeZone') ? true : undefined}
              onChange={(e) => {
                setTimeZone(e.target.value);
                touch();
              }}
            >
              <optgroup label={t('timeZonesFrance')}>
                {zones.french.map((z) => (
                  <option key={z.value} value={z.value}>
                    {z.label}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('timeZonesOthers')}>
                {zones.others.map((z) => (
                  <option key={z.value} value={z.value}>
                    {z.label}
                  </option>
                ))}
              </optgroup>
            </select>
            <span id={`${zoneId}-hint`} className="hint">
              {t('timeZoneHint')}
            </span>
            {server('timeZone') && (
              <span id={`${zoneId}-error`} className="error" role="alert">
                {server('timeZone')}
              </span>
            )}
          </div>
          <SelectField
            label={t('currency')}
            value={currency}
            error={server('currency')}
            options={currencies.map((c) => ({
              value: c,
              label: `${c} — ${currencyNames.of(c) ?? c}`,
            }))}
            onChange={(e) => {
              setCurrency(e.target.value);
              touch();
            }}
          />
          <SelectField
            label={t('language')}
            hint={t('languageHint')}
            value={locale}
            options={[
              { value: 'fr', label: t('french') },
              { value: 'en', label: t('english') },
            ]}
            onChange={(e) => {
              setLocale(e.target.value === 'en' ? 'en' : 'fr');
              touch();
            }}
          />
          <div className="color-field">
            <input
              type="color"
              aria-label={t('pickColor')}
              value={COLOR.test(color.trim()) ? color.trim() : DEFAULT_BRAND}
              onChange={(e) => {
                setColor(e.target.value);
                touch();
              }}
            />
            <Field
              label={t('brandColor')}
              hint={t('brandColorHint')}
              value={color}
              maxLength={7}
              placeholder="#7a3e2b"
              autoComplete="off"
              spellCheck={false}
              error={errors.color ?? server('brandColor')}
              onChange={(e) => {
                setColor(e.target.value);
                touch();
              }}
            />
          </div>
          <BrandPreview color={COLOR.test(color.trim()) ? color.trim() : DEFAULT_BRAND} />
        </div>
        {done && (
          <p className="alert ok" role="status">
            {t('saved')}
          </p>
        )}
        {hasFieldErrors(save.error) ? (
          <p className="alert error" role="alert">
            {t('fixFields')}
          </p>
        ) : (
          <ProblemAlert error={save.error} />
        )}
        <div>
          <button className="button" type="submit" disabled={save.isPending}>
            {save.isPending ? t('saving') : t('save')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** WCAG AA for normal text: below it, white writing on the colour is hard to read. */
const READABLE = 4.5;

/** The colour with white writing on it, as the poster and buttons show it, and a warning. */
function BrandPreview({ color }: { color: string }) {
  const t = useT(messages);
  const { lang } = useLang();
  const ratio = contrastRatio('#ffffff', color) ?? 21;
  const shown = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    maximumFractionDigits: 1,
  }).format(ratio);
  return (
    <div className="brand-preview">
      {/* A picture of the problem, not text to read: the sentence below says it in words
          (and a deliberately illegible sample must not count as the page's own text). */}
      <span
        className="brand-sample"
        aria-hidden="true"
        data-sample={t('brandSample')}
        style={{ background: color, color: '#ffffff' }}
      />
      {ratio < READABLE ? (
        <p className="alert warn small" role="status">
          {t('brandContrastLow', { ratio: shown })}
        </p>
      ) : (
        <p className="muted small">{t('brandContrastOk', { ratio: shown })}</p>
      )}
    </div>
  );
}
