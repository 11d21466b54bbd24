import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { api, call, idempotencyKey } from '../../api/client.ts';
import type { Me } from '../../auth/session.tsx';
import { useLang, useT } from '../../i18n/i18n.tsx';
import { Field } from '../../ui/Field.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SelectField } from '../programs/controls.tsx';
import { hasFieldErrors, serverField } from '../programs/server-fields.ts';
import { messages } from './messages.ts';

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

  const zones = useMemo(() => {
    const all = Intl.supportedValuesOf('timeZone');
    return all.includes(merchant.timeZone) ? all : [merchant.timeZone, ...all];
  }, [merchant.timeZone]);
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
          <SelectField
            label={t('timeZone')}
            hint={t('timeZoneHint')}
            value={timeZone}
            error={server('timeZone')}
            options={zones.map((z) => ({ value: z, label: z.replaceAll('_', ' ') }))}
            onChange={(e) => {
              setTimeZone(e.target.value);
              touch();
            }}
          />
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
            <input
              type="color"
              aria-label={t('pickColor')}
              value={COLOR.test(color.trim()) ? color.trim() : '#7a3e2b'}
              onChange={(e) => {
                setColor(e.target.value);
                touch();
              }}
            />
          </div>
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
